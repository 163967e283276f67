#!/usr/bin/env python3
"""Turns one bench/front-door run into bench/results/<date>-front-door.md: each measurement of the
run-command server beside the packaged server's of the same round, their ratio, and the target
(the run command serves at least 0.9 x the packaged server's rate)."""
import argparse
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import cpu_model, java_version, keep_earlier  # noqa: E402

TARGET = 0.9


def main():
    parser = argparse.ArgumentParser()
    for name in ("results", "out", "java", "seconds", "warmup"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    runs = [json.loads(line) for line in open(args.results) if line.strip()]
    jdk, vendor = java_version(args.java)
    today = datetime.date.today().isoformat()

    lines = [
        f"# The run command against the packaged server, {today}, JDK {jdk}",
        "",
        f"- Machine: {os.cpu_count()} cores ({cpu_model()}); load average at the end "
        f"{os.getloadavg()[0]:.1f}. JDK {jdk} ({vendor}).",
        "- run command: README.md's run command as written (development settings, plain console "
        "without the access log, Liberty a child process on the console), with `TASKGUARD_DB_HOST` "
        "and `TASKGUARD_DB_NAME` pointing it at the same PostgreSQL as the packaged server.",
        "- packaged: the WAR on the `taskguard-bench` server with production settings (JSON log, "
        "access log on the console and in `http_access.log`), as `bench/run` starts it.",
        f"- Both up at once, each with a database of its own; {args.warmup} s warm-ups of both, then "
        f"{args.seconds} s per measurement, alternating between the two, two rounds.",
        "",
        "| round | scenario | connections | run command req/s | p99 ms | packaged req/s | p99 ms "
        "| ratio | server CPU ms/req (run / packaged) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    totals = {}
    for r in (x for x in runs if x["server"] == "run-command"):
        other = next(
            x
            for x in runs
            if x["server"] == "packaged" and x["name"] == r["name"] and x["round"] == r["round"]
        )
        ratio = r["rps"] / other["rps"]
        sums = totals.setdefault(r["name"], [0.0, 0.0, r["connections"]])
        sums[0] += r["rps"]
        sums[1] += other["rps"]
        lines.append(
            f"| {r['round']} | {r['name']} | {r['connections']} | {r['rps']:,.0f} | "
            f"{r['p99_ms']:.1f} | {other['rps']:,.0f} | {other['p99_ms']:.1f} | {ratio:.2f} | "
            f"{r['server_cpu_ms_per_request']} / {other['server_cpu_ms_per_request']} |"
        )
    lines += ["", "| scenario | both rounds: run command / packaged | target | met |", "|---|---:|---:|---|"]
    for name, (run, packaged, connections) in totals.items():
        ratio = run / packaged
        met = "yes" if ratio >= TARGET else "**no**"
        lines.append(f"| {name} at {connections} | {ratio:.2f} | ≥ {TARGET} | {met} |")
    lines.append("")

    os.makedirs(args.out, exist_ok=True)
    name = os.path.join(args.out, f"{today}-front-door.md")
    keep_earlier(name)
    with open(name, "w") as md:
        md.write("\n".join(lines))
    print("\n".join(lines))
    print(f"written: {name}")


if __name__ == "__main__":
    main()
