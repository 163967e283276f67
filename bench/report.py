#!/usr/bin/env python3
"""Turns one bench/run into bench/results/<date>-jdk<version>.md and bench/results/latest.json.

Every target is a ratio or bound taken from numbers of the same run, so a shared, noisy
machine moves both sides of a ratio together. The scenarios both serve are also shown against the
peer (bench/peer) measured in the same run, when there is one.
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
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


def node_version():
    try:
        return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def cpu_model():
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def rounds_to_median(measured):
    """One entry per server, scenario and connections: a scenario measured in several alternating
    rounds (bench/run's `alternate`) becomes its round of median throughput, with the median server
    CPU per request and every round's throughput in `rounds` (round number -> req/s)."""
    groups = {}
    for run in measured:
        key = (run.get("server", "taskguard"), run["name"], run["connections"])
        groups.setdefault(key, []).append(run)
    collapsed = []
    for runs in groups.values():
        if len(runs) == 1:
            collapsed.append(runs[0])
            continue
        middle = dict(sorted(runs, key=lambda r: r["rps"])[(len(runs) - 1) // 2])
        cpu = [r["server_cpu_ms_per_request"] for r in runs if "server_cpu_ms_per_request" in r]
        if cpu:
            middle["server_cpu_ms_per_request"] = statistics.median(cpu)
        middle["rounds"] = {r.get("round", i + 1): r["rps"] for i, r in enumerate(runs)}
        middle["runs"] = runs
        collapsed.append(middle)
    return collapsed


def peer_ratio(ours, theirs):
    """taskguard's throughput over the peer's: the median of the rounds' ratios when both ran in
    the same alternating rounds (each pair minutes apart), else the ratio of the two runs."""
    common = sorted(set(ours.get("rounds", {})) & set(theirs.get("rounds", {})))
    if common:
        return statistics.median(ours["rounds"][r] / theirs["rounds"][r] for r in common)
    return ours["rps"] / theirs["rps"] if theirs["rps"] else float("inf")


def main():
    parser = argparse.ArgumentParser()
    for name in ("results", "out", "pgbench", "hash-ms", "ready-s", "later-s", "first-s", "rss-mb",
                 "rss-end-mb", "java", "seconds", "warmup", "pool"):
        parser.add_argument("--" + name, required=True)
    # empty when the run had no peer (BENCH_PEER=0)
    parser.add_argument("--peer-ready-s", default="")
    parser.add_argument("--peer-rss-mb", default="")
    parser.add_argument("--peer-pss-mb", default="")
    parser.add_argument("--peer-workers", default="")
    args = parser.parse_args()

    measured = rounds_to_median([json.loads(line) for line in open(args.results) if line.strip()])
    scenarios = [s for s in measured if s.get("server", "taskguard") == "taskguard"]
    peer_scenarios = [s for s in measured if s.get("server") == "peer"]
    by = {(s["name"], s["connections"]): s for s in scenarios}
    peer_by = {(s["name"], s["connections"]): s for s in peer_scenarios}
    shared = [(s, peer_by[(s["name"], s["connections"])]) for s in scenarios
              if (s["name"], s["connections"]) in peer_by]
    peer_ready_s = float(args.peer_ready_s) if args.peer_ready_s else None
    peer_rss_mb = int(args.peer_rss_mb) if args.peer_rss_mb else None
    peer_pss_mb = int(args.peer_pss_mb) if args.peer_pss_mb else None
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
        "startup_first_s": float(args.first_s),
        "startup_later_s": [float(args.later_s), float(args.ready_s)],
        "rss_mb": int(args.rss_mb),
        "rss_end_mb": int(args.rss_end_mb),
        "scenarios": [
            {k: s[k] for k in ("name", "connections", "rps", "p50_ms", "p99_ms", "errors")}
            for s in scenarios
        ],
    }
    if peer_scenarios:
        latest["peer"] = {
            "startup_ready_s": peer_ready_s,
            "rss_mb": peer_rss_mb,
            "pss_mb": peer_pss_mb,
            "scenarios": [
                {k: s[k] for k in ("name", "connections", "rps", "p50_ms", "p99_ms", "errors")}
                for s in peer_scenarios
            ],
        }
        latest["versus_peer"] = [
            {
                "name": t["name"],
                "connections": t["connections"],
                "taskguard_rps": t["rps"],
                "peer_rps": q["rps"],
                "ratio": round(peer_ratio(t, q), 2) if q["rps"] else None,
                "taskguard_p99_ms": t["p99_ms"],
                "peer_p99_ms": q["p99_ms"],
            }
            for t, q in shared
        ]

    def rps(name, c):
        return by[(name, c)]["rps"] if (name, c) in by else None

    def p(name, c, q):
        return by[(name, c)][q] if (name, c) in by else None

    checks = []

    def check(target, measured, ok):
        checks.append((target, measured, "yes" if ok else "**no**"))

    def versus_peer(name, c, times):
        if rps(name, c) is not None and (name, c) in peer_by and peer_by[(name, c)]["rps"]:
            theirs = peer_by[(name, c)]["rps"]
            times_peer = peer_ratio(by[(name, c)], peer_by[(name, c)])
            rounds = len(by[(name, c)].get("rounds", {}))
            how = f" (median of {rounds} alternating rounds)" if rounds > 1 else ""
            check(f"`{name}` at {c} ≥ {times:g} × peer ({times * theirs:,.0f} req/s)",
                  f"{rps(name, c):,.0f} req/s = {times_peer:.2f} × peer{how}",
                  times_peer >= times)

    versus_peer("list", 16, 1.0)
    versus_peer("list", 100, 1.0)
    if rps("list", 100) is not None:
        s = by[("list", 100)]
        check("`list` at 100: p99 ≤ 50 ms, 0 errors",
              f"p99 {s['p99_ms']:.1f} ms, {s['errors']} errors",
              s["p99_ms"] <= 50 and s["errors"] == 0)
    cpu = [(c, by[("list", c)]["server_cpu_ms_per_request"]) for c in (16, 100)
           if ("list", c) in by and "server_cpu_ms_per_request" in by[("list", c)]]
    if cpu:
        check("server CPU per `list` request ≤ 0.40 ms",
              ", ".join(f"{ms:.3f} ms at {c}" for c, ms in cpu),
              all(ms <= 0.40 for _, ms in cpu))
    if rps("sign-in", 8) is not None:
        need = 0.8 * cores / (hash_ms / 1000)
        check(f"`sign-in` ≥ 0.8 × cores / single_hash_ms ({need:,.0f} req/s)",
              f"{rps('sign-in', 8):,.1f} req/s", rps("sign-in", 8) >= need)
    for name, c, need in (("token", 16, 850), ("get-session", 16, 3000), ("jwks", 64, 8000)):
        if rps(name, c) is not None:
            check(f"`{name}` ≥ {need:,} req/s", f"{rps(name, c):,.0f} req/s", rps(name, c) >= need)
    for name, c in (("get-session", 16), ("token", 16), ("jwks", 64)):
        versus_peer(name, c, 8)
    flooded = by.get(("mixed-list-under-sign-in-flood", 16))
    pairs = [r["rps"] / r["alone_rps"] for r in (flooded or {}).get("runs", [flooded or {}])
             if r.get("alone_rps")]
    ratio, how = None, ""
    if pairs:
        ratio = statistics.median(pairs)
        how = (f" (median of {len(pairs)} pairs: " + ", ".join(f"{x:.2f}" for x in pairs)
               + ", each against the list alone just before)")
    elif flooded is not None and rps("list", 16):
        ratio = flooded["rps"] / rps("list", 16)
    if ratio is not None:
        check("`mixed-list-under-sign-in-flood` ≥ 0.8 × solo `list` at 16",
              f"{ratio:.2f} × solo{how}", ratio >= 0.8)
    if p("page-100000", 16, "p50_ms") is not None and p("page-10", 16, "p50_ms"):
        ratio = p("page-100000", 16, "p50_ms") / p("page-10", 16, "p50_ms")
        check("`page-100000` p50 ≤ 1.5 × `page-10` p50",
              f"{p('page-100000', 16, 'p50_ms'):.2f} ms vs {p('page-10', 16, 'p50_ms'):.2f} ms = {ratio:.2f} ×",
              ratio <= 1.5)
    later = max(float(args.later_s), float(args.ready_s))
    check("later starts: start command to `/health/ready` UP ≤ 6 s",
          f"{float(args.later_s):.2f} s, {float(args.ready_s):.2f} s", later <= 6)
    check("resident memory after the whole run ≤ 350 MB", f"{int(args.rss_end_mb)} MB",
          int(args.rss_end_mb) <= 350)

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
    lines += [""]
    lines += [
        f"- `{s['name']}` at {s['connections']} in {len(s['rounds'])} rounds: "
        + ", ".join(f"{v:,.0f}" for v in s["rounds"].values())
        + " req/s (the table gives the median round, and the median CPU per request)"
        for s in scenarios if "rounds" in s
    ]
    lines += [
        f"- `pgbench -S -M prepared -c 16`: {tps:,.0f} transactions/s (PostgreSQL's own ceiling)",
        f"- one argon2id hash (m=19456 KiB, t=2, p=1, JMH): {hash_ms} ms",
        f"- start command to `/health/ready` UP: first start {float(args.first_s):.2f} s (creates the "
        f"schema and the signing key), later starts {float(args.later_s):.2f} s and "
        f"{float(args.ready_s):.2f} s (after `src/main/liberty/make-start-cache`, which makes an "
        "ahead-of-time cache on JDK 25 and later and nothing on older JDKs)",
        f"- resident memory: {args.rss_mb} MB after the `list` runs, {args.rss_end_mb} MB at the end "
        "of the run",
        "",
    ]
    if peer_scenarios:
        lines += [
            "## Against the peer",
            "",
            f"The peer (`bench/peer`): Better Auth 1.7.25 and a task API on Node.js {node_version()}, "
            f"each a `node:cluster` of {args.peer_workers or 'one per core'} workers, on a database of "
            "their own on the same PostgreSQL, seeded the same way. Each scenario ran on taskguard, "
            "then on the peer, with the same wrk settings; `list` in alternating rounds, of which "
            "the table gives the median round of each and the median of the rounds' ratios.",
            "",
            "| scenario | connections | taskguard req/s | peer req/s | taskguard / peer | "
            "taskguard p99 ms | peer p99 ms | errors (taskguard / peer) | server CPU ms/req (taskguard / peer) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {t['name']} | {t['connections']} | {t['rps']:,.0f} | {q['rps']:,.0f} | "
            f"{peer_ratio(t, q):.2f} × | {t['p99_ms']:.2f} | "
            f"{q['p99_ms']:.2f} | {t['errors']} / {q['errors']} | "
            f"{t.get('server_cpu_ms_per_request', '–')} / {q.get('server_cpu_ms_per_request', '–')} |"
            for t, q in shared
        ]
        lines += [""]
        lines += [
            f"- `{t['name']}` at {t['connections']}, each round's req/s, taskguard / peer: "
            + ", ".join(f"{t['rounds'][r]:,.0f} / {q['rounds'][r]:,.0f}"
                        for r in sorted(set(t["rounds"]) & set(q["rounds"])))
            for t, q in shared if "rounds" in t and "rounds" in q
        ]
        lines += [
            f"- start to ready: taskguard {float(args.ready_s):.2f} s (start command to `/health/ready` "
            f"UP), peer {'–' if peer_ready_s is None else f'{peer_ready_s:.2f}'} s (launching both "
            "services to both answering; Better Auth's schema is created in that time)",
            f"- resident memory after the `list` runs: taskguard {args.rss_mb} MB, peer "
            f"{'–' if peer_rss_mb is None else peer_rss_mb} MB, the sum over every process of both "
            f"services ({'–' if peer_pss_mb is None else peer_pss_mb} MB proportional set size, which "
            "counts the pages they share once)",
            "",
        ]
    lines += [
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
