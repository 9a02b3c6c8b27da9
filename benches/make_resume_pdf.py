#!/usr/bin/env python3
"""Writes a realistic resume PDF for the benchmarks: two pages of text and an embedded
photo-sized binary stream, padded to the size asked for (default 300 KB).

    python3 benches/make_resume_pdf.py OUT.pdf [SIZE_BYTES]
"""
import os
import sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 300 * 1024

lines = [
    "Alex Example - Senior Software Engineer",
    "alex@example.com  +1 206 555 0100  Seattle, WA",
    "Experience",
    "2019-2026 Video Platform Engineer at Streamly: built encoding pipelines in Rust and Go,",
    "cut transcoding cost by 40 percent, led a team of five engineers.",
    "2014-2019 Backend Engineer at Lecturely: REST services, PostgreSQL, Kubernetes.",
    "Education: BSc Computer Science, University of Washington.",
    "Skills: Rust, Go, C#, SQL, FFmpeg, AWS, observability, mentoring.",
] * 6


def page_stream(page_lines):
    ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for line in page_lines:
        ops.append("(%s) Tj T*" % line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
    ops.append("ET")
    ops.append("q 120 0 0 150 420 650 cm /Im1 Do Q")
    return "\n".join(ops).encode()


objects = []
objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objects.append(b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>")
resources = b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 8 0 R >> >>"
objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + resources + b" /Contents 6 0 R >>")
objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + resources + b" /Contents 7 0 R >>")
objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
for chunk in (lines[: len(lines) // 2], lines[len(lines) // 2 :]):
    data = page_stream(chunk)
    objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

header = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
base = len(header) + sum(len(o) + 40 for o in objects) + 400
photo = os.urandom(max(1024, size - base))
objects.append(
    b"<< /Type /XObject /Subtype /Image /Width 600 /Height 750 /ColorSpace /DeviceRGB "
    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(photo) + photo + b"\nendstream"
)

body = bytearray(header)
offsets = []
for number, obj in enumerate(objects, start=1):
    offsets.append(len(body))
    body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
xref = len(body)
body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    body += b"%010d 00000 n \n" % offset
body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
with open(out, "wb") as f:
    f.write(body)
