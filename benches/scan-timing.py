#!/usr/bin/env python3
"""Times the apply request for 512 KiB text resumes that stress the sensitive-data scan
(plain prose as the baseline, accented prose, SSNs back to back, card numbers), three
rounds, against a release server of its own on a temporary SQLite database.

    python3 benches/scan-timing.py target/release/careers
"""
import http.client, re, sys, time, uuid, subprocess, os, socket, tempfile
binary = os.path.abspath(sys.argv[1])
d = tempfile.mkdtemp()
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
env = dict(os.environ, ROCKET_ADDRESS="127.0.0.1", ROCKET_PORT=str(port), CAREERS_DATABASE_URL=f"sqlite:{d}/c.db",
           CAREERS_UPLOADS_DIR=f"{d}/up", CAREERS_OUTBOX_DIR=f"{d}/out", CAREERS_SECRET_KEY_FILE=f"{d}/k",
           CAREERS_MIN_FILL_SECONDS="0", CAREERS_APPLY_RATE_LIMIT="0", ROCKET_CONFIG=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Rocket.toml"))
srv = subprocess.Popen([binary, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=d)
for _ in range(100):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port); c.request("GET", "/healthz"); c.getresponse().read(); break
    except Exception: time.sleep(0.1)
def apply(email, resume):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", "/jobs/product-designer/apply"); r = c.getresponse(); page = r.read().decode()
    cookie = "; ".join(h.split(";")[0] for k, h in r.getheaders() if k.lower() == "set-cookie")
    f = lambda n: re.search(f'name="{n}" value="([^"]*)"', page).group(1)
    b = uuid.uuid4().hex
    fields = [("csrf_token", f("csrf_token")), ("form_started", f("form_started")), ("website", ""), ("full_name", "Sam Measure"),
              ("email", email), ("phone", "+1 555 0100"), ("country", "US"), ("date_of_birth", "1990-04-01"),
              ("cover_letter", "Hello."), ("consent_privacy", "yes"), ("consent_transfer", "yes")]
    body = b"".join(f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields)
    body += f'--{b}\r\nContent-Disposition: form-data; name="resume"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n'.encode() + resume + f"\r\n--{b}--\r\n".encode()
    t = time.perf_counter()
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("POST", "/jobs/product-designer/apply", body, {"Content-Type": f"multipart/form-data; boundary={b}", "Cookie": cookie})
    r = c.getresponse(); r.read()
    return r.status, time.perf_counter() - t
size = 512 * 1024
cases = {"prose": ("Experienced engineer with a decade of video work. " * 20000).encode()[:size],
         "accented prose": ("Ingénieur expérimenté, Zoë Ångström, München, Ålesund. " * 20000).encode()[:size],
         "SSNs back to back": ("123-45-6789 " * 50000).encode()[:size],
         "card numbers": ("4111 1111 1111 1111 " * 30000).encode()[:size]}
try:
    for rnd in range(3):
        for i, (name, resume) in enumerate(cases.items()):
            status, secs = apply(f"m{rnd}x{i}@example.com", resume)
            print(f"round {rnd} {name:18} {status} {secs*1000:7.1f} ms")
finally:
    srv.terminate()
