#!/usr/bin/env python3
"""Turns one bench/run into bench/results/<date>-jdk<version>.md and bench/results/latest.json.

Every target is a ratio or bound taken from numbers of the same run, so a shared, noisy
machine moves both sides of a ratio together.
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess


def java_version(java):
    text = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    full = re.search(r'version "([^"]+)"', text).group(1)
    vendor = text.splitlines()[1].strip() if len(text.splitlines()) > 1 else ""
    return full, vendor


def keep_earlier(name):
    """A second run on the same day and JDK takes the name; the first moves to earlier/, stamped
    with the time it was written, so no committed run is overwritten."""
    if not os.path.exists(name):
        return
    stamp = datetime.datetime.fromtimestamp(os.path.getmtime(name)).strftime("%H%M%S")
    base, ext = os.path.splitext(os.path.basename(name))
    earlier = os.path.join(os.path.dirname(name), "earlier")
    os.makedirs(earlier, exist_ok=True)
    os.replace(name, os.path.join(earlier, f"{base}-{stamp}{ext}"))


def cpu_model():
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def main():
    parser = argparse.ArgumentParser()
    for name in ("results", "out", "pgbench", "hash-ms", "ready-s", "rss-mb", "java",
                 "seconds", "warmup", "pool"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()

    scenarios = [json.loads(line) for line in open(args.results) if line.strip()]
    by = {(s["name"], s["connections"]): s for s in scenarios}
    cores = os.cpu_count()
    jdk, vendor = java_version(args.java)
    tps = float(args.pgbench or 0)
    hash_ms = float(args.hash_ms)
    today = datetime.date.today().isoformat()

    latest = {
        "date": today,
        "jdk": jdk,
        "cores": cores,
        "pgbench_select_tps_16": round(tps, 1),
        "single_hash_ms": hash_ms,
        "startup_ready_s": float(args.ready_s),
        "rss_mb": int(args.rss_mb),
        "scenarios": [
            {k: s[k] for k in ("name", "connections", "rps", "p50_ms", "p99_ms", "errors")}
            for s in scenarios
        ],
    }

    def rps(name, c):
        return by[(name, c)]["rps"] if (name, c) in by else None

    def p(name, c, q):
        return by[(name, c)][q] if (name, c) in by else None

    checks = []

    def check(target, measured, ok):
        checks.append((target, measured, "yes" if ok else "**no**"))

    if rps("list", 16) is not None and tps:
        need = 0.25 * tps
        check(f"`list` at 16 ≥ 0.25 × pgbench ({need:,.0f} req/s)",
              f"{rps('list', 16):,.0f} req/s = {rps('list', 16) / tps:.2f} × pgbench",
              rps("list", 16) >= need)
    if rps("list", 100) is not None:
        s = by[("list", 100)]
        check("`list` at 100: p99 ≤ 50 ms, 0 errors",
              f"p99 {s['p99_ms']:.1f} ms, {s['errors']} errors",
              s["p99_ms"] <= 50 and s["errors"] == 0)
    if rps("sign-in", 8) is not None:
        need = 0.8 * cores / (hash_ms / 1000)
        check(f"`sign-in` ≥ 0.8 × cores / single_hash_ms ({need:,.0f} req/s)",
              f"{rps('sign-in', 8):,.1f} req/s", rps("sign-in", 8) >= need)
    for name, c, need in (("token", 16, 850), ("get-session", 16, 3000), ("jwks", 64, 8000)):
        if rps(name, c) is not None:
            check(f"`{name}` ≥ {need:,} req/s", f"{rps(name, c):,.0f} req/s", rps(name, c) >= need)
    if rps("mixed-list-under-sign-in-flood", 16) is not None and rps("list", 16):
        ratio = rps("mixed-list-under-sign-in-flood", 16) / rps("list", 16)
        check("`mixed-list-under-sign-in-flood` ≥ 0.8 × solo `list` at 16",
              f"{ratio:.2f} × solo", ratio >= 0.8)
    if p("page-100000", 16, "p50_ms") is not None and p("page-10", 16, "p50_ms"):
        ratio = p("page-100000", 16, "p50_ms") / p("page-10", 16, "p50_ms")
        check("`page-100000` p50 ≤ 1.5 × `page-10` p50",
              f"{p('page-100000', 16, 'p50_ms'):.2f} ms vs {p('page-10', 16, 'p50_ms'):.2f} ms = {ratio:.2f} ×",
              ratio <= 1.5)
    check("`startup_ready_s` ≤ 8", f"{float(args.ready_s):.2f} s", float(args.ready_s) <= 8)
    check("`rss_mb` ≤ 400", f"{int(args.rss_mb)} MB", int(args.rss_mb) <= 400)

    major = jdk.split(".")[0].split("-")[0]
    lines = [
        f"# taskguard benchmark, {today}, JDK {jdk}",
        "",
        f"- Machine: {cores} cores ({cpu_model()}), "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') // 2**30} GiB; "
        f"load average at the end {os.getloadavg()[0]:.1f}.",
        f"- JDK: {jdk} ({vendor}); Open Liberty from the build; PostgreSQL 15 on loopback.",
        f"- Server settings: `TASKGUARD_ENV=production`, a random `TASKGUARD_SECRET`, "
        f"pool size {args.pool}, everything else at its default; a fresh database per run.",
        f"- Load: wrk (2 threads) on loopback, {args.warmup} s warm-up then {args.seconds} s measured "
        "per scenario; the server, PostgreSQL and wrk share the cores.",
        "",
        "| scenario | connections | req/s | p50 ms | p90 ms | p99 ms | errors | server CPU ms/req |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {s['name']} | {s['connections']} | {s['rps']:,.0f} | {s['p50_ms']:.2f} | "
        f"{s['p90_ms']:.2f} | {s['p99_ms']:.2f} | {s['errors']} | "
        f"{s['server_cpu_ms_per_request'] if 'server_cpu_ms_per_request' in s else '–'} |"
        for s in scenarios
    ]
    lines += [
        "",
        f"- `pgbench -S -M prepared -c 16`: {tps:,.0f} transactions/s",
        f"- one argon2id hash (m=19456 KiB, t=2, p=1, JMH): {hash_ms} ms",
        f"- start command to `/health/ready` UP: {float(args.ready_s):.2f} s; "
        f"resident memory after the `list` runs: {args.rss_mb} MB",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    lines += [f"| {t} | {m} | {ok} |" for t, m, ok in checks]
    lines.append("")

    os.makedirs(args.out, exist_ok=True)
    name = os.path.join(args.out, f"{today}-jdk{major}.md")
    keep_earlier(name)
    with open(name, "w") as md:
        md.write("\n".join(lines))
    with open(os.path.join(args.out, "latest.json"), "w") as js:
        json.dump(latest, js, indent=2)
        js.write("\n")
    print("\n".join(lines))
    print(f"written: {name}")


if __name__ == "__main__":
    main()
