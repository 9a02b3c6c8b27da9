#!/usr/bin/env python3
"""Writes two honest but heavy PDFs for the resume reader's limits (docs/fuzzing.md):
7,500 pages of compressed text (about 10 MB), and one page holding about 8.5 MB of
compressed text operators.

    python3 benches/make_stress_pdfs.py OUT_DIR
"""
import os
import random
import sys
import zlib

random.seed(1)
WORDS = ("engineer video platform rust postgres latency pipeline team lead design review ship "
         "customer growth Zoë Ångström München Åse").split()


def pdf(pages, lines_per_page, path):
    """`pages` pages of `lines_per_page` random lines each, every page's content deflated."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    contents = []
    for _ in range(pages):
        ops = [b"BT /F1 10 Tf 40 800 Td 12 TL"]
        for _ in range(lines_per_page):
            line = " ".join(random.choice(WORDS) for _ in range(12))
            ops.append(b"(" + line.encode("latin-1", "replace") + b") Tj T*")
        ops.append(b"ET")
        data = zlib.compress(b"\n".join(ops), 9)
        contents.append(add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"))
    pages_id = len(objects) + pages + 1
    page_ids = [add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, c, font)) for c in contents]
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(path, "wb") as f:
        f.write(out)
    print(path, len(out))


out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
pdf(7500, 60, os.path.join(out_dir, "many-pages-10m.pdf"))
pdf(1, 700000, os.path.join(out_dir, "one-page-10m.pdf"))
