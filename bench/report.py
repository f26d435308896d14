"""Writes bench/run's results as markdown: python3 bench/report.py <work-dir> <report.md>."""
import datetime
import os
import platform
import re
import subprocess
import sys

work, report = sys.argv[1], sys.argv[2]
SINGLE_REQUESTS = 5


def rows(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def wrk(line):
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", line or "")}


def command(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


pages = {}
sizes = []
for row in rows("pages.tsv"):
    size, name = row[0], row[1]
    if size not in sizes:
        sizes.append(size)
    if name == "mix":
        pages[(size, name)] = {"users": wrk(row[9])}
        continue
    statements, floor, page_ms = float(row[4]), float(row[5]), float(row[6])
    pages[(size, name)] = {
        "target": row[2], "status": row[3], "statements": statements / SINGLE_REQUESTS,
        "floor": floor / SINGLE_REQUESTS, "page": page_ms / SINGLE_REQUESTS, "bytes": int(row[7] or 0),
        "saturation": wrk(row[8]), "users": wrk(row[9]),
    }
names = []
for size, name in pages:
    if name not in names and name != "mix":
        names.append(name)


def cell(size, name, render):
    page = pages.get((size, name))
    return render(page) if page else "–"


def met(page):
    target = float(page["target"] or 0)
    p95 = page["users"].get("p95")
    if not target or p95 is None:
        return ""
    return "met" if p95 <= target and not page["users"].get("errors") else "**not met**"


out = []
out.append(f"# Benchmark, {datetime.date.today():%-d %B %Y}\n")
cpu = command("sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
memory = command("sh", "-c", "free -g | awk '/Mem:/ {print $2}'")
java = command("sh", "-c", "java -version 2>&1 | head -1")
commit = command("git", "rev-parse", "--short", "HEAD")
load = command("sh", "-c", "cat /proc/loadavg | cut -d' ' -f1-3")
out.append(f"Produced by `bench/run` (see README, \"Benchmark\"). Machine: {os.cpu_count()} cores, {platform.machine()}, "
           f"{cpu}; {memory} GB memory; {java}; commit {commit}; load average when the report was written: {load}.\n")
out.append("Single user on the app's own tables; the jar as packaged, `java -Xmx1g -XX:+UseG1GC`, PostgreSQL 17 "
           "(zonky binaries) on the same machine, signed in as the head of service (every locality).\n")
out.append("## Data\n")
for row in rows("sizes.tsv"):
    if row[1] != "jvm":
        out.append(f"- **{row[0]}**: {row[1]}")
out.append("")

out.append("## 50 users, 5 s think time (p95 against the target)\n")
out.append("Each page alone under 50 users who each wait 2.5 to 7.5 s between requests (wrk, 50 connections). "
           "Milliseconds.\n")
header = "| page | target p95 | " + " | ".join(f"{s} p50 / p95 / p99" for s in sizes) + " | " + \
    " | ".join(f"{s}" for s in sizes) + " |"
out.append(header)
out.append("|" + "---|" * (2 + 2 * len(sizes)))
for name in names:
    target = next((pages[(s, name)]["target"] for s in sizes if (s, name) in pages), "")
    cells = [cell(s, name, lambda p: "{:.0f} / {:.0f} / {:.0f}{}".format(
        p["users"].get("p50", 0), p["users"].get("p95", 0), p["users"].get("p99", 0),
        f" ({p['users']['errors']:.0f} errors)" if p["users"].get("errors") else "")) for s in sizes]
    verdicts = [cell(s, name, met) for s in sizes]
    out.append(f"| {name} | ≤ {target} | " + " | ".join(cells) + " | " + " | ".join(verdicts) + " |")
mix = [pages.get((s, "mix")) for s in sizes]
out.append("| mix of pages | | " + " | ".join(
    "{:.0f} / {:.0f} / {:.0f}".format(m["users"].get("p50", 0), m["users"].get("p95", 0), m["users"].get("p99", 0))
    if m else "–" for m in mix) + " | " + " | ".join("" for _ in sizes) + " |")
out.append("")

out.append("## Saturation (4 connections, no think time)\n")
out.append("| page | " + " | ".join(f"{s} p50 / p95 / p99 ms | {s} req/s" for s in sizes) + " |")
out.append("|---|" + "---|---|" * len(sizes))
for name in names:
    cells = []
    for s in sizes:
        p = pages.get((s, name))
        if not p:
            cells += ["–", "–"]
            continue
        sat = p["saturation"]
        cells.append("{:.0f} / {:.0f} / {:.0f}".format(sat.get("p50", 0), sat.get("p95", 0), sat.get("p99", 0)))
        cells.append("{:.1f}".format(sat.get("requests", 0) / sat["seconds"]) if sat.get("seconds") else "–")
    out.append(f"| {name} | " + " | ".join(cells) + " |")
out.append("")

out.append("## Statements, SQL floor and page ÷ floor\n")
out.append("One request at a time (mean of five): statements issued (pg_stat_statements calls, including the "
           "session's), their execution time (the SQL floor), the page's own time at the client and the ratio. "
           "The statement count must not grow with localities a page does not show.\n")
out.append("| page | " + " | ".join(f"{s} statements | {s} SQL ms | {s} page ms | {s} ratio | {s} HTML" for s in sizes)
           + " |")
out.append("|---|" + "---|---|---|---|---|" * len(sizes))
for name in names:
    cells = []
    for s in sizes:
        p = pages.get((s, name))
        if not p:
            cells += ["–"] * 5
            continue
        ratio = p["page"] / p["floor"] if p["floor"] else 0
        cells += [f"{p['statements']:.0f}", f"{p['floor']:.1f}", f"{p['page']:.1f}",
                  f"{ratio:.1f}" + ("" if ratio <= 5 else " (> 5)"),
                  f"{p['bytes'] / 1024:.0f} KB" if p["bytes"] else "–"]
    out.append(f"| {name} | " + " | ".join(cells) + " |")
out.append("")

out.append("## Imports\n")
out.append("| size | what | status | check s | preview s | preview size | confirm s | heap growth MB |")
out.append("|---|---|---|---|---|---|---|---|")
for row in rows("imports.tsv"):
    row += [""] * (8 - len(row))
    out.append("| " + " | ".join(row[:5]) + f" | {int(row[5]) // 1024 if row[5].isdigit() else row[5]}"
               + (" KB" if row[5].isdigit() else "") + " | " + " | ".join(row[6:8]) + " |")
out.append("")
out.append("Packs are produced in the background, at most two at once. Three bench localities a pack: the time from the "
           "request to the pack being ready, one alone and two requested together, and the dashboard's median time "
           "alone and while the two were produced (one at a time on two cores; target: within 2×).\n")
out.append("| size | packs ready | one alone s (≤ 10) | two at once s | dashboard alone ms | dashboard while they render ms | ratio | requests |")
out.append("|---|---|---|---|---|---|---|---|")
for row in rows("packs.tsv"):
    row += [""] * (8 - len(row))
    try:
        ratio = float(row[6]) / float(row[5])
        ratio_text = f"{ratio:.1f}" + ("" if ratio <= 2 else " (> 2)")
    except ValueError:
        ratio_text = "–"
    out.append(f"| {row[0]} | {row[2]} | {row[3]} | {row[4]} | {row[5]} | {row[6]} | {ratio_text} | {row[7]} |")
out.append("")
out.append("## JVM\n")
for row in rows("sizes.tsv"):
    if row[1] == "jvm":
        out.append(f"- **{row[0]}**: {row[2]}")
out.append("")

notes = os.path.join(os.path.dirname(report), "notes.md")
if os.path.exists(notes):
    with open(notes) as f:
        out.append(f.read())

with open(report, "w") as f:
    f.write("\n".join(out) + "\n")
