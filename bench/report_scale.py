#!/usr/bin/env python3
"""bench/scale's result files.

  report_scale.py plans --log PG_LOG --db DB --marks MARKS --scale S --out FILE
      the plans auto_explain logged (EXPLAIN ANALYZE, BUFFERS) for each kind of request, between the
      byte offsets MARKS gives (kind, start, end per line), as markdown
  report_scale.py report --root DIR --out FILE --pgbench TPS ...
      the result file: the machine, the data, the seeding times, each scenario on the small and on the
      big database with their ratio, the list during the purge and the lock samples' summary
"""
import argparse
import collections
import datetime
import json
import os
import platform
import re
import subprocess
import sys

HEADER = re.compile(r"^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[(\d+)\] \S*@(\S*) LOG:  duration: ([\d.]+) ms  plan:$")
RETENTION = ("pg_try_advisory_xact_lock", "ctid = ANY")


def scale_label(scale):
    return "" if float(scale) == 1 else f" — {float(scale) * 100:g} % scale, not the target size"


def parse_plans(text, db):
    """(query text, plan lines, ms) of each auto_explain entry of database `db` in `text`."""
    entries, current = [], None
    for line in text.splitlines():
        m = HEADER.match(line)
        if m:
            current = None
            if m.group(2) == db:
                current = {"ms": float(m.group(3)), "query": "", "plan": []}
                entries.append(current)
        elif current is not None and line.startswith("\t"):
            body = line[1:]
            if body.startswith("Query Text: "):
                current["query"] = body[len("Query Text: "):]
            elif current["plan"] or not current["query"] or not body.startswith(" "):
                current["plan"].append(body)
            else:
                current["query"] += "\n" + body
        else:
            current = None
    return entries


def plans(args):
    kinds = []
    with open(args.marks) as f:
        for line in f:
            kind, start, end = line.rstrip("\n").split("\t")
            kinds.append((kind, int(start), int(end)))
    with open(args.log, "rb") as f:
        raw = f.read()
    described = {
        "list": "`GET /api/users/{id}/tasks?limit=20`, a user with 20 tasks",
        "page-100000": "`GET /api/users/{id}/tasks?limit=50`, the first page of the owner of 100,000 tasks",
        "sign-in": "`POST /api/auth/sign-in/email`",
        "get-session": "`GET /api/auth/get-session`",
        "token": "`GET /api/auth/token`",
        "create": "`POST /api/users/{id}/tasks`",
        "complete": "`PATCH /api/users/{id}/tasks/{task}` `{\"completed\":true}`",
    }
    out = [f"# bench/scale: the plans of every request's SQL{scale_label(args.scale)}", "",
           f"Written by `bench/scale` on {datetime.date.today()}, beside [{os.path.basename(args.out).replace('-plans', '')}]"
           f"({os.path.basename(args.out).replace('-plans', '')}). The server ran once more on the big database "
           "with `auto_explain` loaded into each of its sessions (`session_preload_libraries`, "
           "`log_min_duration = 0`, `log_analyze`, `log_buffers`), so these are the plans of the statements "
           "the application itself sent, as `EXPLAIN (ANALYZE, BUFFERS)` prints them, executed with the "
           "request's own values (PostgreSQL 15 prints a prepared statement's text with `$1`, `$2`, ...). Each kind of request was sent three times; these are the third's. Retention, which "
           "ran every 5 s meanwhile (its backlog already purged), is last.", ""]
    retention = collections.OrderedDict()
    for kind, start, end in kinds:
        entries = parse_plans(raw[start:end].decode("utf-8", "replace"), args.db)
        out += [f"## {kind}: {described.get(kind, kind)}", ""]
        seen = set()
        for e in entries:
            if any(r in e["query"] for r in RETENTION):
                retention[e["query"]] = e
                continue
            if e["query"] in seen:
                continue
            seen.add(e["query"])
            out += [f"{e['ms']:.3f} ms", "", "```sql", e["query"].strip(), "```", "", "```", *e["plan"], "```", ""]
        if not seen:
            out += ["(no statement: answered without the database)", ""]
    # retention's statements, from the whole capture
    if kinds:
        entries = parse_plans(raw[kinds[0][1]:kinds[-1][2]].decode("utf-8", "replace"), args.db)
        for e in entries:
            if any(r in e["query"] for r in RETENTION):
                retention[e["query"]] = e
    out += ["## retention: one batch (nothing left to remove)", ""]
    for e in retention.values():
        out += [f"{e['ms']:.3f} ms", "", "```sql", e["query"].strip(), "```", "", "```", *e["plan"], "```", ""]
    if not retention:
        out += ["(retention did not run during the capture)", ""]
    with open(args.out, "w") as f:
        f.write("\n".join(out))
    print(args.out)


def read_jsonl(path):
    if not os.path.exists(path):
        return {}
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return {r["name"]: r for r in rows}


def fmt(x, digits=1):
    return f"{x:,.{digits}f}"


def machine():
    cpu = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = int(open("/proc/meminfo").readline().split()[1]) // 1024 // 1024
    pg = subprocess.run(["psql", "-X", "-h", "127.0.0.1", "-U", "postgres", "-Atc",
                         "SELECT version(); SHOW shared_buffers"], capture_output=True, text=True).stdout.split("\n")
    return cpu, os.cpu_count(), mem, pg[0].split(" on ")[0], pg[1] if len(pg) > 1 else "?"


def lock_summary(path):
    """What the 200 ms samples of pg_locks / pg_stat_activity show."""
    rows = []
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if len(f) < 12 or not f[0][0].isdigit():
            continue
        rows.append(dict(ts=float(f[0]), pid=f[1], app=f[2], state=f[3],
                         xact_ms=float(f[4]) if f[4] else 0.0, query_ms=float(f[5]) if f[5] else 0.0,
                         wait=f[6], locktype=f[7], obj=f[8], mode=f[9], granted=f[10] == "t", query=f[11]))
    samples = sorted({r["ts"] for r in rows})
    span = (samples[-1] - samples[0]) if samples else 0
    held = [r for r in rows if r["granted"]]
    waited = [r for r in rows if not r["granted"]]
    def who(r):
        return "retention" if any(k in r["query"] for k in ("ctid = ANY", "pg_try_advisory")) else "request"
    longest_held = max(held, key=lambda r: r["xact_ms"], default=None)
    longest_wait = max(waited, key=lambda r: r["query_ms"], default=None)
    by_kind = collections.defaultdict(lambda: [0, 0.0])
    for r in held:
        k = (who(r), r["locktype"], r["obj"], r["mode"])
        by_kind[k][0] += 1
        by_kind[k][1] = max(by_kind[k][1], r["xact_ms"])
    waits_by_kind = collections.defaultdict(lambda: [0, 0.0])
    for r in waited:
        k = (who(r), r["locktype"], r["obj"], r["mode"])
        waits_by_kind[k][0] += 1
        waits_by_kind[k][1] = max(waits_by_kind[k][1], r["query_ms"])
    # retention's transactions, told apart by server process and start (sample time less its age)
    xacts = collections.defaultdict(list)
    for r in rows:
        if who(r) == "retention" and r["xact_ms"]:
            xacts[(r["pid"], round(r["ts"] - r["xact_ms"] / 1000, 1))].append(r)
    slow = sorted((max(v, key=lambda r: r["xact_ms"]) for v in xacts.values()
                   if max(r["xact_ms"] for r in v) > 1000), key=lambda r: -r["xact_ms"])
    return dict(samples=len(samples), span=span, rows=len(rows), retention_xacts=len(xacts), slow=slow,
                samples_with_wait=len({r["ts"] for r in waited}), longest_held=longest_held,
                longest_wait=longest_wait, by_kind=by_kind, waits_by_kind=waits_by_kind)


def report(args):
    small = read_jsonl(os.path.join(args.root, "small.jsonl"))
    big = read_jsonl(os.path.join(args.root, "big.jsonl"))
    purge = json.load(open(os.path.join(args.root, "purge.json"))) if os.path.exists(os.path.join(args.root, "purge.json")) else None
    seed = [l.rstrip("\n").split("\t") for l in open(os.path.join(args.root, "seed.tsv")) if l.strip()]
    sizes = [l.rstrip("\n").split("\t") for l in open(os.path.join(args.root, "sizes.tsv")) if l.strip()]
    db_size = open(os.path.join(args.root, "db-size")).read().strip()
    purgeable = open(os.path.join(args.root, "purgeable")).read().split() if os.path.exists(os.path.join(args.root, "purgeable")) else ["?", "?"]
    cpu, cores, mem, pg, shared_buffers = machine()
    jdk = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    label = scale_label(args.scale)
    targets = []
    out = [f"# bench/scale — {datetime.date.today()}{label}", ""]
    if label:
        out += [f"**{float(args.scale) * 100:g} % scale, not the target size**: {args.users:,} users, "
                f"{args.tasks:,} tasks, {args.sessions:,} sessions, {args.audit:,} audit events (the target is "
                "1,000,000 users, 20,000,000 tasks, 2,000,000 sessions, 5,000,000 audit events).", ""]
    out += [
        f"Machine: {cpu}, {cores} cores (shared with others' tests and with PostgreSQL and wrk), {mem} GB; "
        f"{pg} (shared_buffers {shared_buffers}); the server on {jdk}. PostgreSQL's own ceiling on this "
        f"machine in the same run: `pgbench -S -M prepared -c 16 -j 2` (scale 10) **{fmt(args.pgbench, 0)} tps**.", "",
        f"Each scenario ran with `wrk` (2 threads) on loopback for {args.seconds} s after a {args.warmup} s warm-up "
        "(and two rounds of every kind of request after the servers started) on two servers running side by "
        "side, one on a small database (seeded as `bench/run` seeds: 16 readers with 20 tasks, 16 writers with "
        "50, 8 sign-in accounts, the owner of 100,000 tasks), one on the big one: each scenario on one and "
        "at once on the other, the first of the pair alternating. Both servers had the same settings: production defaults "
        "as in `bench/run`, and retention every 5 s (`TASKGUARD_RETENTION_INTERVAL=PT5S`) while a session of "
        "the benchmark held its purge lock, so that every run skipped until the purge was measured.", "",
        "## The big database", "",
        "| table | rows | size with indexes |", "|---|---:|---:|"]
    for name, size, rows in sizes:
        out.append(f"| {name} | {int(rows):,} | {size} |")
    out += ["", f"Database size {db_size}. Seeded with SQL (`bench/scale-seed.sql`, `INSERT ... SELECT` from "
            "`generate_series` into the schema the server's own migrations made, every index and constraint in "
            "place, logged tables): every user has the same argon2id hash of the benchmark's password, made by "
            "one sign-up through the API; every user has two sessions, one live and one ended (revoked, or expired "
            "1 to 98 days ago), whose tokens are stored as the server stores them (SHA-256 of the token); tasks "
            "are 20 per user, interleaved in time, and 100,000 for one owner; audit events span the last 548 "
            "days.", "", "| seeding step | seconds |", "|---|---:|"]
    for name, secs in seed:
        out.append(f"| {name} | {float(secs):,.1f} |")
    out.append(f"| **total** | **{sum(float(s) for _, s in seed):,.1f}** |")
    out += ["", "## Small against big", "",
            "| scenario | connections | small req/s | small p50 ms | small p99 ms | big req/s | big p50 ms | big p99 ms | p50 big / small | errors (small / big) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in ["list", "page-100000", "sign-in", "get-session", "token", "create", "complete"]:
        s, b = small.get(name), big.get(name)
        if not s or not b:
            out.append(f"| {name} | | not measured | | | | | | | |")
            continue
        ratio = b["p50_ms"] / s["p50_ms"] if s["p50_ms"] else float("inf")
        targets.append((f"`{name}` p50 on the big database ≤ 1.3 × on the small one", f"{ratio:.2f} ×", ratio <= 1.3))
        out.append(f"| {name}{' (update)' if name == 'complete' else ''} | {s['connections']} | {fmt(s['rps'], 0)} | {s['p50_ms']:.2f} | {s['p99_ms']:.2f} | "
                   f"{fmt(b['rps'], 0)} | {b['p50_ms']:.2f} | {b['p99_ms']:.2f} | {ratio:.2f} × | {s['errors']} / {b['errors']} |")
    out += ["", "`complete` is the update: `PATCH` `{\"completed\":true}` of one of the writers' tasks.", ""]
    if purge:
        without = big.get("list")
        ratio = purge["p99_ms"] / without["p99_ms"] if without else float("nan")
        targets.append(("`list` p99 during the purge ≤ 2 × without it", f"{ratio:.2f} ×", ratio <= 2))
        out += ["## The list while retention purges", "",
                f"Purgeable when it started: {int(purgeable[0]):,} sessions (ended more than 7 days ago) and "
                f"{int(purgeable[1]):,} audit events (older than 365 days). The run took **{purge['purge_s']} s** "
                f"from its first deletion to its log line: \"{purge['log']}\". `list` at 16 connections ran "
                "throughout it; \"without a purge\" is the big database's `list` in the table above, on the same server "
                "with the purge lock still held.", "",
                "| list at 16 | req/s | p50 ms | p99 ms | max ms | errors |", "|---|---:|---:|---:|---:|---:|"]
        if without:
            out.append(f"| without a purge ({without['duration_s']:.0f} s) | {fmt(without['rps'], 0)} | {without['p50_ms']:.2f} | {without['p99_ms']:.2f} | {without['max_ms']:.1f} | {without['errors']} |")
        out.append(f"| during the purge ({purge['duration_s']:.0f} s) | {fmt(purge['rps'], 0)} | {purge['p50_ms']:.2f} | {purge['p99_ms']:.2f} | {purge['max_ms']:.1f} | {purge['errors']} |")
        out += ["", f"p99 during / without: **{ratio:.2f} ×**.", ""]
        locks_path = os.path.join(args.root, "locks.tsv")
        if os.path.exists(locks_path):
            s = lock_summary(locks_path)
            lh, lw = s["longest_held"], s["longest_wait"]
            held_ms = lh["xact_ms"] if lh else 0
            wait_ms = lw["query_ms"] if lw else 0
            targets.append(("no lock held or waited for longer than 1 s during the purge",
                            f"held ≤ {held_ms:,.0f} ms, waited ≤ {wait_ms:,.0f} ms", held_ms <= 1000 and wait_ms <= 1000))
            out += ["### Locks, sampled every 200 ms", "",
                    f"{s['samples']:,} samples over {s['span']:.1f} s of `pg_locks` joined with `pg_stat_activity` "
                    f"(every lock of a session of the big database but the sampler's and the purge-lock holder's; "
                    f"`virtualxid` left out): {s['rows']:,} lock rows, {s['samples_with_wait']} samples with a lock "
                    "waited for. A granted lock's age is bounded by its transaction's age at the sample (a "
                    "relation lock is held from when it was taken to the transaction's end), a waited lock's by "
                    "the waiting query's age.", "",
                    f"- Longest held: **{held_ms:,.0f} ms** at most"
                    + (f" ({lh['mode']} on {lh['locktype']} {lh['obj']}, `{lh['query']}`)" if lh else "") + ".",
                    f"- Longest waited: **{wait_ms:,.0f} ms** at most"
                    + (f" ({lw['mode']} on {lw['locktype']} {lw['obj']}, `{lw['query']}`)" if lw else " (no sample saw a lock waited for)") + ".",
                    f"- Retention transactions seen in the samples: {s['retention_xacts']:,}; older than 1 s at "
                    f"a sample: {len(s['slow'])}"
                    + ("; what they were doing when seen oldest: " + "; ".join(
                        f"{r['xact_ms']:,.0f} ms, {r['state']}{', waiting on ' + r['wait'] if r['wait'] else ''}, "
                        f"`{r['query'][:60]}`" for r in s["slow"][:8]) if s["slow"] else "") + ".",
                    "", "| holder | lock type | object | mode | samples held | longest (transaction age, ms) |",
                    "|---|---|---|---|---:|---:|"]
            for (who, lt, obj, mode), (n, ms) in sorted(s["by_kind"].items(), key=lambda kv: -kv[1][1])[:15]:
                out.append(f"| {who} | {lt} | {obj} | {mode} | {n} | {ms:,.0f} |")
            if s["waits_by_kind"]:
                out += ["", "| waiter | lock type | object | mode | samples waiting | longest (query age, ms) |",
                        "|---|---|---|---|---:|---:|"]
                for (who, lt, obj, mode), (n, ms) in sorted(s["waits_by_kind"].items(), key=lambda kv: -kv[1][1]):
                    out.append(f"| {who} | {lt} | {obj} | {mode} | {n} | {ms:,.0f} |")
            out.append("")
    out += ["## Plans", "", f"`EXPLAIN (ANALYZE, BUFFERS)` of every request path's SQL on the big database: "
            f"[{args.plans}]({args.plans}).", "", "## Targets", "", "| target | measured | met |", "|---|---|:---:|"]
    for name, measured, met in targets:
        out.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    out += ["", f"{sum(1 for t in targets if t[2])} of {len(targets)} met.", ""]
    with open(args.out, "w") as f:
        f.write("\n".join(out))
    print("\n".join(out))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("plans")
    a.add_argument("--log", required=True)
    a.add_argument("--db", required=True)
    a.add_argument("--marks", required=True)
    a.add_argument("--scale", default="1")
    a.add_argument("--out", required=True)
    r = sub.add_parser("report")
    r.add_argument("--root", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--pgbench", type=float, default=0)
    r.add_argument("--scale", default="1")
    for n in ("users", "tasks", "sessions", "audit", "seconds", "warmup"):
        r.add_argument(f"--{n}", type=int, required=True)
    r.add_argument("--java", default="java")
    r.add_argument("--plans", required=True)
    args = p.parse_args()
    (plans if args.cmd == "plans" else report)(args)


if __name__ == "__main__":
    sys.exit(main())
