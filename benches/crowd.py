"""A crowd of applicants at once (issue 7, load), with nothing but Python's standard library.

Each applicant opens the form (its own CSRF cookie and token), then all post together,
spread over the servers given. Most are valid; some are refused on purpose: under 18,
a program renamed .pdf, or a second application of an accepted person to the same
job. Prints a JSON report: answers per kind and status, the time the crowd took, and
each applicant's email, kind and answer.

    CROWD_PDF=<resume.pdf> [CROWD_WAVE=<email prefix>] \
        python3 benches/crowd.py <applicants> <job path> <port> [<port>…]
"""

import asyncio
import datetime
import json
import os
import re
import sys
import time

# The resume: a real PDF (benches/make_resume_pdf.py), text extracted and scanned.
PDF = open(os.environ["CROWD_PDF"], "rb").read()
PROGRAM = b"MZ\x90\x00" + b"\x00" * 4000  # a Windows executable's header, named cv.pdf
BOUNDARY = "----careers-crowd-7MA4YWxkTrZu0gW"


def kind_of(i):
    """In every twenty applicants: a minor, a renamed program and a repeat of the
    (valid) applicant four places before."""
    kind = {1: "minor", 2: "program", 3: "repeat"}.get(i % 20, "valid")
    return "valid" if kind == "repeat" and i < 20 else kind


def dechunk(body):
    out, rest = b"", body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2 :]
    return out


async def http(port, method, path, headers, body=b""):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(body)}\r\n\r\n"
    writer.write(head.encode() + body)
    await writer.drain()
    raw = await reader.read()
    writer.close()
    header, _, content = raw.partition(b"\r\n\r\n")
    lines = header.decode("latin-1").split("\r\n")
    fields = [l.split(":", 1) for l in lines[1:] if ":" in l]
    fields = [(k.strip().lower(), v.strip()) for k, v in fields]
    if ("transfer-encoding", "chunked") in fields:
        content = dechunk(content)
    return int(lines[0].split()[1]), fields, content


def multipart(fields, file_name, file_bytes):
    parts = []
    for name, value in fields:
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    parts.append(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="resume"; filename="{file_name}"\r\n'
        f"Content-Type: application/pdf\r\n\r\n".encode()
        + file_bytes
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    return b"".join(parts)


def hidden(page, name):
    return re.search(rf'name="{name}" value="([^"]*)"'.encode(), page).group(1).decode()


async def applicant(i, port, job, opened, start, report):
    kind = kind_of(i)
    wave = os.environ.get("CROWD_WAVE", "")
    email = f"crowd{wave}{i - 4 if kind == 'repeat' else i}@example.com"
    status, headers, page = await http(port, "GET", job, {})
    opened.append(i)
    if status != 200:  # 503 when the server is overloaded: a clear refusal too
        report.append({"i": i, "kind": kind, "email": email, "status": f"form {status}"})
        return
    cookie = "; ".join(v.split(";")[0] for k, v in headers if k == "set-cookie")
    today = datetime.date.today()
    adult = today.replace(year=today.year - 30)
    minor = today.replace(year=today.year - 17)
    body = multipart(
        [
            ("csrf_token", hidden(page, "csrf_token")),
            ("form_started", hidden(page, "form_started")),
            ("website", ""),
            ("full_name", f"Crowd Applicant {i}"),
            ("email", email),
            ("country", "US"),
            ("date_of_birth", (minor if kind == "minor" else adult).isoformat()),
            ("cover_letter", "I would like to join the team."),
            ("consent_privacy", "yes"),
        ],
        "cv.pdf",
        PROGRAM if kind == "program" else PDF,
    )
    await start.wait()
    if kind == "repeat":
        await asyncio.sleep(2)  # after the first application of this person
    try:
        status, _, _ = await http(
            port,
            "POST",
            job,
            {"Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
            body,
        )
    except (ConnectionError, asyncio.IncompleteReadError, IndexError, ValueError) as error:
        status = f"no answer: {type(error).__name__}"
    report.append({"i": i, "kind": kind, "email": email, "status": status})


async def main():
    count, job, ports = int(sys.argv[1]), sys.argv[2], [int(p) for p in sys.argv[3:]]
    opened, start, report = [], asyncio.Event(), []
    tasks = [
        asyncio.create_task(applicant(i, ports[i % len(ports)], job, opened, start, report))
        for i in range(1, count + 1)
    ]
    # Released together once every form is open.
    while len(opened) < count:
        failed = [t for t in tasks if t.done() and t.exception()]
        if failed:
            raise failed[0].exception()
        await asyncio.sleep(0.05)
    started = time.monotonic()
    start.set()
    await asyncio.gather(*tasks)
    seconds = time.monotonic() - started
    answers = {}
    for r in report:
        key = f"{r['kind']} {r['status']}"
        answers[key] = answers.get(key, 0) + 1
    print(
        json.dumps(
            {
                "wave": os.environ.get("CROWD_WAVE", ""),
                "applicants": count,
                "seconds": round(seconds, 2),
                "answers": dict(sorted(answers.items())),
                "results": sorted((r["email"], r["kind"], str(r["status"])) for r in report),
            }
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
