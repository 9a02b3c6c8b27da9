"""Markup sweep, run by scan/run after wapiti: live markup where text comes back.

Stored: the scanners put markup into the database through the public forms (names,
cover letters, privacy corrections) and the staff forms (job postings, notes, holds), and
wapiti only recognises its own payload on the page it expects. This reads every page where
such text comes back (each application, the dashboard, the job postings, the admin lists,
every public job page).

Reflected: wapiti cannot reach the apply form's fields (it fills the honeypot field, gives
an under-18 date of birth and a GIF as resume, and each is refused before the fields are
read back), so each text field of an open job's form is posted here with markup, the
others valid and no resume:
the form comes back (422) with the typed values.

A finding is a `<script>` element other than ours, an event-handler attribute or a
`javascript:` URL in a page.

    python3 scan/markup_sweep.py BASE_URL STAFF_COOKIE_HEADER OUT.json
"""

import html.parser
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.request
import uuid

# Our own script elements: the static scripts and the JSON-LD block of a job page.
OWN_SCRIPT = re.compile(r'^(src="/static/[a-z0-9.-]+\.js"( defer)?|type="application/ld\+json")$')
PAYLOADS = ["<script>alert('sweep')</script>", '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>",
            "</textarea><script>alert(2)</script>", "javascript:alert(3)"]


class Markup(html.parser.HTMLParser):
    """Collects the live markup an injected payload could have produced."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            written = " ".join(f'{k}="{v}"' if v is not None else k for k, v in attrs)
            if not OWN_SCRIPT.match(written):
                self.problems.append(f"<script {written}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:...>")

    def handle_data(self, data):
        # Inside a JSON-LD block no text may close the element.
        if self.lasttag == "script" and "</" in data:
            self.problems.append("'</' inside a script element")


def problems_in(body):
    parser = Markup()
    parser.feed(body)
    return sorted(set(parser.problems))


def fetch(opener, url, cookie="", data=None, content_type=None):
    headers = {"Cookie": cookie} if cookie else {}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with opener.open(request, timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")


def stored(base, cookie, findings):
    plain = urllib.request.build_opener()
    pages = ["/staff", "/staff/jobs", "/admin/users", "/admin/audit", "/admin/holds", "/admin/requests",
             "/admin/retention", "/", "/jobs"]
    ids = set()
    for page in range(1, 200):
        status, _, body = fetch(plain, f"{base}/staff?page={page}", cookie)
        found = set(re.findall(r'href="/staff/applications/(\d+)"', body)) if status == 200 else set()
        if not found - ids:
            break
        ids |= found
    pages += [f"/staff/applications/{i}" for i in sorted(ids, key=int)]
    jobs = set(re.findall(r'href="/staff/jobs/(\d+)/edit"', fetch(plain, f"{base}/staff/jobs", cookie)[2]))
    pages += [f"/staff/jobs/{i}/edit" for i in sorted(jobs, key=int)]
    status, _, body = fetch(plain, f"{base}/api/v1/jobs")
    if status == 200:
        pages += [f"/jobs/{job['slug']}" for job in json.loads(body)["jobs"]]
    checked = 0
    for path in pages:
        public = path == "/" or path.startswith("/jobs")
        status, kind, body = fetch(plain, base + path, "" if public else cookie)
        if status != 200 or not kind.startswith("text/html"):
            continue
        checked += 1
        findings += [{"kind": "Stored markup", "path": path, "info": f"live markup: {p}"} for p in problems_in(body)]
    return checked, len(ids)


def reflected(base, findings):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    # Any job still open (the staff scan closes some).
    path = f"/jobs/{json.loads(fetch(opener, base + '/api/v1/jobs')[2])['jobs'][0]['slug']}/apply"
    valid = {"full_name": "Sweep Tester", "email": "sweep@example.com", "phone": "+1 555 0100", "country": "US",
             "date_of_birth": "1990-04-01", "cover_letter": "Hello.", "profile_url": "https://example.com/",
             "consent_privacy": "yes", "consent_transfer": "yes"}
    posts = 0
    for field in ["full_name", "email", "phone", "country", "cover_letter", "profile_url", "date_of_birth"]:
        for payload in PAYLOADS:
            page = fetch(opener, base + path)[2]
            token = re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)
            started = re.search(r'name="form_started" value="([^"]*)"', page).group(1)
            values = dict(valid, csrf_token=token, form_started=started, website="", **{field: payload})
            boundary = uuid.uuid4().hex
            body = "".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                           for k, v in values.items()) + f"--{boundary}--\r\n"
            status, _, answer = fetch(opener, base + path, data=body.encode(),
                                      content_type=f"multipart/form-data; boundary={boundary}")
            posts += 1
            if status != 422:
                findings.append({"kind": "Reflected markup", "path": f"POST {path} [{field}]",
                                 "info": f"answered {status}, expected the form back (422)"})
            findings += [{"kind": "Reflected markup", "path": f"POST {path} [{field}]", "info": f"live markup: {p}"}
                         for p in problems_in(answer)]
    return posts


def main():
    base, cookie, out = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    findings = []
    checked, applications = stored(base, cookie, findings)
    posts = reflected(base, findings)
    json.dump({"pages_checked": checked, "applications": applications, "apply_posts": posts, "findings": findings},
              open(out, "w"), indent=2)
    print(f"markup sweep: {checked} pages ({applications} applications) and {posts} apply-form posts, "
          f"{len(findings)} findings")


if __name__ == "__main__":
    main()
