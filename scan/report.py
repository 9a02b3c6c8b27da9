"""The summary of `bash scan/run`: every finding of every scanner, matched against the
explained ones in scan/allowlist.toml.

    python3 scan/report.py target/scan scan/allowlist.toml

Reads the wapiti JSON reports and logs, the sqlmap logs, the servers' logs (any 5xx
answer is a finding), the markup sweep and errors.txt (a scanner that failed, a
session that ended). Writes findings.json and summary.txt next to them; exits 1 if a
finding is not explained or a scan did not run to the end.
"""

import collections
import glob
import json
import os
import re
import sqlite3
import sys
import tomllib


def wapiti_findings(out, run, notes):
    path = os.path.join(out, f"wapiti-{run}.json")
    if not os.path.exists(path):
        return None
    report = json.load(open(path))
    found = []
    for section, kind in (("vulnerabilities", "vulnerability"), ("anomalies", "anomaly"), ("additionals", "additional")):
        for category, items in report[section].items():
            for item in items:
                found.append({
                    "scanner": "wapiti", "run": run, "kind": kind, "category": category,
                    "path": item["path"], "method": item["method"], "parameter": item.get("parameter") or "",
                    "info": item["info"],
                })
    log = open(os.path.join(out, f"wapiti-{run}.log"), errors="replace").read()
    capped = re.findall(r"Max attack time was reached for module (\w+)", log)
    crawled = []
    for db in glob.glob(os.path.join(out, f"wapiti-{run}-session", "*.db")):
        with sqlite3.connect(db) as conn:
            crawled = [f"{method} {url}" for method, url in conn.execute(
                "SELECT method, path FROM paths WHERE evil = 0 ORDER BY path_id")]
    with open(os.path.join(out, f"wapiti-{run}-crawled.txt"), "w") as listing:
        listing.write("".join(f"{line}\n" for line in crawled))
    notes.append(f"wapiti {run}: {len(crawled)} URLs and forms crawled (wapiti-{run}-crawled.txt)"
                 + (f"; stopped at the time limit: {', '.join(capped)}" if capped else "; every module ran to the end"))
    return found


def sqlmap_findings(out, notes, errors):
    found = []
    for log_path in sorted(glob.glob(os.path.join(out, "sqlmap-*.log"))):
        run = os.path.basename(log_path)[len("sqlmap-"):-len(".log")]
        log = open(log_path, errors="replace").read()
        points = re.findall(r"^Parameter: (.+?) \((.+?)\)\n(.*?)^(?:---|Parameter: )", log, re.M | re.S)
        for parameter, place, block in points:
            for kind in re.findall(r"^    Type: (.+)$", block, re.M):
                found.append({"scanner": "sqlmap", "run": run, "kind": "vulnerability", "category": "SQL injection",
                              "path": run, "method": place, "parameter": parameter, "info": kind})
        if points:
            notes.append(f"sqlmap {run}: {len(points)} injection point(s)")
        elif "all tested parameters do not appear to be injectable" in log:
            tested = re.findall(r"testing for SQL injection on (.+?)$", log, re.M)
            notes.append(f"sqlmap {run}: nothing injectable in {len(tested)} parameters")
        else:
            last = [line for line in log.splitlines() if "[CRITICAL]" in line or "[ERROR]" in line][-1:]
            errors.append(f"sqlmap {run} did not finish its tests: {last[0] if last else 'see sqlmap-' + run + '.log'}")
    return found


def server_findings(out):
    found = []
    for log_path in sorted(glob.glob(os.path.join(out, "server-*.log"))):
        server = os.path.basename(log_path)[len("server-"):-len(".log")]
        counts = collections.Counter()
        for line in open(log_path, errors="replace"):
            answer = re.search(r"method=(\S+) route=(\S+) status=(5\d\d)", line)
            if answer:
                counts[answer.groups()] += 1
            elif "panicked" in line:
                counts[("-", "-", "panic")] += 1
        for (method, route, status), count in counts.items():
            found.append({"scanner": "server", "run": server, "kind": "anomaly", "category": f"status {status}",
                          "path": route, "method": method, "parameter": "", "info": f"{count} answers"})
    return found


def sweep_findings(out, notes, errors):
    path = os.path.join(out, "markup-sweep.json")
    if not os.path.exists(path):
        errors.append("the markup sweep did not run")
        return []
    sweep = json.load(open(path))
    notes.append(f"markup sweep: {sweep['pages_checked']} pages ({sweep['applications']} applications), "
                 f"{sweep['apply_posts']} apply-form posts")
    if sweep["applications"] < 5:
        errors.append("the markup sweep saw fewer applications than were seeded")
    return [{"scanner": "sweep", "run": "public" if f["kind"].startswith("Reflected") else "staff",
             "kind": "vulnerability", "category": f["kind"], "path": f["path"], "method": "",
             "parameter": "", "info": f["info"]} for f in sweep["findings"]]


def explain(finding, allowed):
    for entry in allowed:
        if all(re.fullmatch(entry.get(key, ".*"), finding[key], re.S)
               for key in ("scanner", "category", "path", "parameter", "info")):
            return entry["id"]
    return None


def main():
    out, allow_path = sys.argv[1], sys.argv[2]
    allowed = tomllib.load(open(allow_path, "rb"))["allow"]
    notes, errors = [], []
    findings = []
    for run in ("public", "staff"):
        found = wapiti_findings(out, run, notes)
        if found is None:
            errors.append(f"wapiti {run}: no report")
        else:
            findings += found
    findings += sqlmap_findings(out, notes, errors)
    findings += server_findings(out)
    findings += sweep_findings(out, notes, errors)
    if os.path.exists(os.path.join(out, "errors.txt")):
        errors += [line.strip() for line in open(os.path.join(out, "errors.txt")) if line.strip()]
    for finding in findings:
        finding["explained_by"] = explain(finding, allowed)

    groups = collections.Counter((f["scanner"], f["run"], f["kind"], f["category"], f["explained_by"] or "UNEXPLAINED")
                                 for f in findings)
    lines = ["", "findings (scanner, run, kind, category: count, fate)"]
    for (scanner, run, kind, category, fate), count in sorted(groups.items()):
        lines.append(f"  {scanner:7} {run:8} {kind:13} {category}: {count}, {fate}")
    if not findings:
        lines.append("  none")
    unexplained = [f for f in findings if not f["explained_by"]]
    if unexplained:
        lines += ["", "unexplained findings:"]
        lines += [f"  {f['scanner']} {f['run']}: {f['category']} at {f['method']} {f['path']}"
                  f"{' [' + f['parameter'] + ']' if f['parameter'] else ''}: {f['info'][:300]}" for f in unexplained]
    used = {f["explained_by"] for f in findings}
    unused = [entry["id"] for entry in allowed if entry["id"] not in used]
    lines += ["", "coverage:"] + [f"  {note}" for note in notes]
    if unused:
        lines.append(f"  allow-list entries that matched nothing this time: {', '.join(unused)}")
    if errors:
        lines += ["", "scans that did not complete:"] + [f"  {error}" for error in errors]
    verdict = "FAILED" if unexplained or errors else "passed"
    lines += ["", f"scan {verdict}: {len(findings)} findings, {len(findings) - len(unexplained)} explained "
              f"(scan/allowlist.toml), {len(unexplained)} unexplained, {len(errors)} incomplete scans"]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    open(os.path.join(out, "summary.txt"), "w").write(text)
    json.dump({"findings": findings, "notes": notes, "errors": errors}, open(os.path.join(out, "findings.json"), "w"), indent=2)
    sys.exit(1 if unexplained or errors else 0)


if __name__ == "__main__":
    main()
