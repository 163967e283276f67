#!/usr/bin/env python3
"""Turns one bench/db-cost run into bench/results/<date>-db-cost.md: what each kind of request costs
PostgreSQL (statements, transactions, rows, blocks, WAL, execution and CPU time, the statements
themselves), what the session check's 0.5 s memory saves, what an idle server costs, pgbench's
ceiling on the same cluster, and from these what one PostgreSQL carries of a realistic mix."""
import argparse
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import cpu_model, java_version, keep_earlier  # noqa: E402

TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK", "START", "END", "ABORT", "SAVEPOINT", "RELEASE"}
WRITES = {"INSERT", "UPDATE", "DELETE", "MERGE"}

# per active user per minute: one get-session, a /token every 15 minutes, 10 lists, 3 creates or
# updates; each request the only one of its session on its server within 0.5 s (6 s apart)
MIX = [
    ("get-session-each", 1.0, "get-session (its first use in a minute: the use is recorded)"),
    ("token-each", 1 / 15, "/token"),
    ("list-each", 10.0, "list (20 tasks)"),
    ("create-each", 1.5, "create"),
    ("update-each", 1.5, "update"),
]
BUSY = 0.7  # the share of PostgreSQL's CPU a primary should run at, leaving room for peaks and vacuum


def verb(query):
    words = query.split(None, 1)
    return words[0].upper() if words else ""


def short(query, width=110):
    text = re.sub(r"\s+", " ", query).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def cell(query):
    return "`" + short(query).replace("|", "\\|") + "`"


def fmt(value, digits=2):
    if value is None:
        return "–"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


class Run:
    """One kind of request (or the idle server) with its figures per request."""

    def __init__(self, raw):
        self.raw = raw
        self.name = raw["name"]
        self.description = raw["description"]
        self.requests = raw["requests"]
        statements = raw["statements"]
        top = [s for s in statements if s["toplevel"]]
        self.top = top
        self.nested = sum(s["calls"] for s in statements if not s["toplevel"])
        control = [s for s in top if verb(s["query"]) in TRANSACTION_CONTROL]
        work = [s for s in top if verb(s["query"]) not in TRANSACTION_CONTROL]
        self.work = work
        self.statements = sum(s["calls"] for s in work)
        self.control = sum(s["calls"] for s in control)
        self.begins = sum(s["calls"] for s in control if verb(s["query"]) in ("BEGIN", "START"))
        delta = {k: raw["after"][k] - raw["before"][k] for k in raw["after"]}
        self.transactions = delta["xact_commit"] + delta["xact_rollback"]
        self.rollbacks = delta["xact_rollback"]
        self.rows_returned = sum(s["rows"] for s in work if verb(s["query"]) not in WRITES)
        self.rows_written = sum(s["rows"] for s in work if verb(s["query"]) in WRITES)
        self.tuples_read = delta["tup_returned"] + delta["tup_fetched"]
        self.blocks = sum(s["blocks"] for s in top)
        self.wal = sum(s["wal_bytes"] for s in top)
        self.exec_ms = sum(s["exec_ms"] for s in top)
        self.pg_cpu_ms = raw["pg_cpu_ms"]
        self.server_cpu_ms = raw["server_cpu_ms"]
        self.seconds = raw["seconds"]
        self.codes = raw["codes"]
        self.counters_seconds = raw.get("counters_seconds", self.seconds)

    def per(self, value):
        return value / self.requests if self.requests else None

    def calls_of(self, query):
        return sum(s["calls"] for s in self.work if s["query"] == query)

    def status(self):
        return ", ".join(f"{n:,} × {code}" for code, n in sorted(self.codes.items()))


def main():
    parser = argparse.ArgumentParser()
    for name in ("results", "out", "pgbench", "requests", "idle-s", "server-connections", "settings", "java"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--pgbench-pg-cpu-ticks", type=int)
    parser.add_argument("--pgbench-seconds", type=float)
    args = parser.parse_args()
    runs = {}
    for line in open(args.results):
        if line.strip():
            run = Run(json.loads(line))
            runs[run.name] = run
    settings = json.loads(args.settings)
    tps = float(args.pgbench) if args.pgbench else None
    # PostgreSQL's CPU per pgbench statement at saturation (pgbench -S: one SELECT per transaction)
    pgbench_cpu_ms = None
    if tps and args.pgbench_pg_cpu_ticks and args.pgbench_seconds:
        pgbench_cpu_ms = args.pgbench_pg_cpu_ticks * 1000 / os.sysconf("SC_CLK_TCK") / (tps * args.pgbench_seconds)
    idle_s = float(args.idle_s)
    jdk, vendor = java_version(args.java)
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    cores = os.cpu_count()
    pool = 20  # TASKGUARD_DB_POOL_SIZE's default, and the second data source's 2 (server.xml)
    per_server = pool + 2
    usable = int(settings["max_connections"]) - int(settings["superuser_reserved_connections"])

    out = []
    w = out.append
    w(f"# What each request costs PostgreSQL, and what one PostgreSQL carries ({today})")
    w("")
    loads = [r.raw["load_average"] for r in runs.values() if "load_average" in r.raw] or [os.getloadavg()[0]]
    w(f"Written by `bench/db-cost` ({args.requests} requests per kind). Machine: {cores} cores ({cpu_model()}), "
      f"shared by the server, PostgreSQL and the client (curl), and by whatever else ran on it: the load "
      f"average after each kind of request was {min(loads):.1f} to {max(loads):.1f}. JDK {jdk} ({vendor}). PostgreSQL {settings['server_version']}, a cluster "
      f"of the run's own with its defaults (`max_connections` {settings['max_connections']}, "
      f"`shared_buffers` {settings['shared_buffers']}, `synchronous_commit` {settings['synchronous_commit']}, "
      f"`fsync` {settings['fsync']}) plus `pg_stat_statements` (`track = all`) and `track_io_timing`.")
    w("")
    w("## Method")
    w("")
    w("- The packaged server (`-Pbench`) with production settings as `bench/run` starts it (the committed "
      "`server.env`, `TASKGUARD_ENV=production`, a random secret, every other setting at its default, so a "
      "pool of 20 connections), on a fresh database, seeded as `bench/run` seeds it (16 readers with 20 tasks, "
      "16 writers with 50, 8 accounts for sign-in) and warmed up with `bench/run`'s warm-up (two rounds of "
      "every kind of request with `wrk`).")
    w("- For each kind of request: `pg_stat_statements_reset()`, then exactly the stated number of requests "
      "sent by 16 curl processes at once (8 for sign-in), each sending its share one after the other on a "
      "kept-alive connection, each line of a request file once, so "
      "every figure below is a total divided by the number of requests sent. The reset, the readings and "
      "the seeding run from other connections or databases and are not counted.")
    w("- **statements**: calls of the database's top-level statements in `pg_stat_statements`, without "
      "`BEGIN`/`COMMIT`/`ROLLBACK`. **BEGIN**: the explicit transactions; taskguard reads without one "
      "(each read statement is a transaction of its own) and writes in one. `pg_stat_statements` shows the "
      "JDBC driver's `BEGIN`s but only a few of its `COMMIT`s, so **transactions** (all of them, reads "
      "included) are the change of `xact_commit + xact_rollback` in `pg_stat_database`, read 11 s after "
      "the last request (PostgreSQL 15 reports an idle backend's counts within 10 s); they also count "
      "autovacuum's, a few per run. **rows returned** / **rows written**: `rows` of reading and of writing statements; "
      "**blocks**: shared buffers hit or read; **WAL**: bytes of WAL written; **PG exec ms**: "
      "`total_exec_time` (execution only: planning is not tracked, and parsing, the protocol and commits' "
      "flushes are outside it); **PG CPU ms**: user + system CPU of all of PostgreSQL's processes "
      "(backends, WAL writer, checkpointer, …) from `/proc`, around the requests; **server CPU ms**: the "
      "server's JVM, the same way. Both CPU figures are measured on a machine the client shares, so they "
      "include some contention; statements, transactions, rows and WAL are exact counts.")
    w("- \"each once\" runs use "
      f"{args.requests} sessions made by the sign-in run, one request per session, so that no request finds "
      "its session in the server's memory (the task API's session check remembers a live session for at "
      "most 0.5 s) and get-session and `/token` record the session's use (at most once a minute per "
      "session: the sessions' last use was dated two minutes back before those runs). \"again and again\" "
      "and \"one token\" runs reuse a few sessions at full speed, the best case for both memories.")
    w("")

    order = ["sign-in", "get-session-each", "get-session-again", "token-each", "token-again", "list-each",
             "list-one-token", "list-16", "get-task-each", "create-each", "update-each", "delete-each", "jwks",
             "ready"]
    w("## Per request")
    w("")
    w("| request | requests (status) | statements | BEGIN | transactions | rows returned | rows written "
      "| blocks | WAL bytes | PG exec ms | PG CPU ms | server CPU ms |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in order:
        if name not in runs:
            continue
        r = runs[name]
        w(f"| {r.description} | {r.status()} | {fmt(r.per(r.statements))} | {fmt(r.per(r.begins))} "
          f"| {fmt(r.per(r.transactions))} | {fmt(r.per(r.rows_returned))} | {fmt(r.per(r.rows_written))} "
          f"| {fmt(r.per(r.blocks), 1)} | {fmt(r.per(r.wal), 0)} | {fmt(r.per(r.exec_ms), 3)} "
          f"| {fmt(r.per(r.pg_cpu_ms), 3)} | {fmt(r.per(r.server_cpu_ms), 3)} |")
    w("")
    w("Each request's statements, most frequent first (normalized text, shortened; per request, and per "
      "call: rows and execution time):")
    for name in order:
        if name not in runs:
            continue
        r = runs[name]
        w("")
        w(f"### {r.description}")
        w("")
        rate = r.requests / r.seconds if r.seconds else 0
        w(f"{r.requests:,} requests in {r.seconds:.1f} s ({rate:,.0f}/s); "
          f"{r.per(r.statements):.2f} statements, {r.per(r.begins):.2f} `BEGIN` and "
          f"{r.per(r.transactions):.2f} transactions per request"
          + (f"; {r.nested:,} nested statements (in functions or triggers)" if r.nested else "") + ".")
        w("")
        listed = sorted(r.top, key=lambda s: -s["calls"])[:8]
        if not listed:
            w("No statement.")
            continue
        w("| statement | per request | rows per call | ms per call |")
        w("|---|---:|---:|---:|")
        for s in listed:
            w(f"| {cell(s['query'])} | {s['calls'] / r.requests:.3f} "
              f"| {s['rows'] / s['calls']:.2f} | {s['exec_ms'] / s['calls']:.4f} |")

    # the session check: the statement whose calls per request differ most between a list whose
    # sessions are new to the server and a list of one token
    w("")
    w("## The session check and its 0.5 s memory")
    w("")
    check = None
    if all(n in runs for n in ("list-each", "list-one-token", "list-16")):
        each, one, sixteen = runs["list-each"], runs["list-one-token"], runs["list-16"]
        queries = {s["query"] for s in each.work} & {s["query"] for s in one.work}
        check = max(queries, key=lambda q: each.per(each.calls_of(q)) - one.per(one.calls_of(q)))
        w(f"The task API's gate (`TaskApiGate` → `SessionCheck`) asks PostgreSQL whether a JWT's session is "
          f"live unless this server found it live less than 0.5 s ago (`SessionCheck.FRESHNESS`, D-5); the "
          f"query is `{short(check, 160)}`.")
        w("")
        w("| list requests | session lookups per request | statements per request | PG CPU ms per request |")
        w("|---|---:|---:|---:|")
        for r in (each, sixteen, one):
            w(f"| {r.description} | {r.per(r.calls_of(check)):.3f} | {r.per(r.statements):.2f} "
              f"| {r.per(r.pg_cpu_ms):.3f} |")
        w("")
        w("So the memory saves the lookup only when the same session calls the same server more than once "
          "in half a second (a client paging quickly, a burst of writes). A user who lists every few seconds "
          "costs one lookup per request, and one server with S sessions active within each half second costs "
          "at most 2 × S lookups per second; the capacity below counts one per task API request.")

    if "idle" in runs:
        r = runs["idle"]
        per_minute = 60 / idle_s
        w("")
        w(f"## An idle server ({idle_s:.0f} s)")
        w("")
        w(f"{r.statements * per_minute:.1f} statements and {r.begins * per_minute:.1f} `BEGIN` per minute "
          f"(over the {idle_s:.0f} s), {r.transactions * 60 / r.counters_seconds:.1f} transactions per minute "
          f"(over the {r.counters_seconds:.0f} s between the counters' readings, autovacuum's included); "
          f"PostgreSQL's CPU {r.pg_cpu_ms * per_minute:.0f} ms per minute, its own background processes "
          f"included; the transactions without a statement of the server's are, presumably, autovacuum's. "
          f"The server's periodic work: the signing-key ring's refresh (`TASKGUARD_KEYS_REFRESH`, 30 s) "
          f"happens when requests use the ring, not on a timer (the `signing_keys` read seen above about once "
          f"per 30 s of load); the mail relay polls every `TASKGUARD_MAIL_POLL` (30 s) only when a mail server "
          f"is configured (`TASKGUARD_MAIL_HOST`; none here, so not measured); the retention run starts once "
          f"an hour (`TASKGUARD_RETENTION_INTERVAL`). The {idle_s:.0f} s are watched rather than 10 so that a "
          f"30 s period would be seen twice. Idle servers cost PostgreSQL next to nothing.")
        if r.top:
            w("")
            w("| statement | calls per minute |")
            w("|---|---:|")
            for s in sorted(r.top, key=lambda s: -s["calls"])[:8]:
                w(f"| {cell(s['query'])} | {s['calls'] * per_minute:.1f} |")

    w("")
    w("## PostgreSQL's own ceiling here")
    w("")
    if tps:
        w(f"`pgbench -i -s 10`, then `pgbench -S -M prepared -c 16 -j 2 -T 20` on the same cluster (the server "
          f"stopped): **{tps:,.0f}** transactions of one indexed `SELECT` per second, pgbench itself on the same "
          f"{cores} cores. That is this machine's order of magnitude for the simplest statement, parse "
          f"and plan saved, no transaction control; taskguard's statements are larger and come with "
          f"`BEGIN`/`COMMIT` and with commits that flush WAL."
          + (f" PostgreSQL's processes used {pgbench_cpu_ms * 1000:.0f} µs of CPU per pgbench statement." if pgbench_cpu_ms else ""))

    # capacity
    w("")
    w("## What one PostgreSQL carries")
    w("")
    missing = [name for name, _, _ in MIX if name not in runs]
    if missing:
        w(f"Not computed: no run of {', '.join(missing)}.")
    else:
        per_user = {}
        for metric in ("statements", "control", "begins", "transactions", "pg_cpu_ms", "server_cpu_ms", "exec_ms", "wal",
                       "rows_written"):
            per_user[metric] = sum(f * runs[n].per(getattr(runs[n], metric)) for n, f, _ in MIX)
        requests_per_user = sum(f for _, f, _ in MIX)
        mix = {k: v / requests_per_user for k, v in per_user.items()}
        w("The mix, per active user per minute: "
          + ", ".join(f"{f:g} × {label}" if f >= 1 else f"{f:.3f} × {label}" for _, f, label in MIX)
          + f": {requests_per_user:.2f} requests, each the only one of its session on its server within "
          "0.5 s, so every task API request looks its session up (the \"each once\" runs). Sign-in is "
          "left out: it is rare per user and its cost is the server's hash, not PostgreSQL "
          f"({runs['sign-in'].per(runs['sign-in'].statements):.1f} statements and "
          f"{runs['sign-in'].per(runs['sign-in'].pg_cpu_ms):.2f} ms of PostgreSQL's CPU each).")
        w("")
        w("| per | statements | BEGIN | transactions | PG CPU ms | PG exec ms | server CPU ms | WAL bytes |")
        w("|---|---:|---:|---:|---:|---:|---:|---:|")
        w(f"| active user and minute (measured per request × the mix) | {per_user['statements']:.1f} "
          f"| {per_user['begins']:.1f} | {per_user['transactions']:.1f} | {per_user['pg_cpu_ms']:.2f} "
          f"| {per_user['exec_ms']:.3f} | {per_user['server_cpu_ms']:.2f} | {per_user['wal']:,.0f} |")
        w(f"| request of the mix | {mix['statements']:.2f} | {mix['begins']:.2f} | {mix['transactions']:.2f} "
          f"| {mix['pg_cpu_ms']:.3f} | {mix['exec_ms']:.4f} | {mix['server_cpu_ms']:.3f} | {mix['wal']:,.0f} |")
        w("")
        per_core = 1000 / mix["pg_cpu_ms"]
        users_per_core = 60000 / per_user["pg_cpu_ms"]
        server_per_core = 1000 / mix["server_cpu_ms"]
        ratio = mix["server_cpu_ms"] / mix["pg_cpu_ms"]
        stmts = mix["statements"] + mix["control"]
        w("**Measured here** (figures per request, this machine, PostgreSQL's defaults):")
        w("")
        w(f"- One core of PostgreSQL's CPU serves **{per_core:,.0f} mix requests/s** "
          f"({users_per_core:,.0f} active users), from its {mix['pg_cpu_ms']:.3f} ms of CPU per mix request; "
          f"PostgreSQL's execution proper is {mix['exec_ms']:.4f} ms of it, the rest is parsing, the "
          f"protocol, transaction control and commits.")
        w(f"- One core of the server's CPU serves {server_per_core:,.0f} mix requests/s ({mix['server_cpu_ms']:.3f} "
          f"ms per request): in this run a request cost the server {ratio:.1f} × what it cost PostgreSQL, so one "
          f"PostgreSQL core kept up with about {ratio:.1f} server cores. The server's figures here are well "
          f"above what `bench/run` measures at full load on a quieter machine (0.34 to 0.49 ms for a list, "
          f"`/token` or get-session in results/2026-12-05-jdk17.md): a server paced by a busy machine, "
          f"at a low rate, spends more per request, and so does PostgreSQL; the ratio is the same-run "
          f"comparison, not a constant.")
        rates = [runs[n].requests / runs[n].seconds for n, _, _ in MIX if runs[n].seconds]
        w(f"- These per-request CPU figures were taken at {min(rates):,.0f} to {max(rates):,.0f} requests/s, "
          f"where the server (and whatever else ran on the machine) set the pace and PostgreSQL's backends "
          f"mostly woke up for one statement at a time. A PostgreSQL near saturation spends less per statement "
          f"(fewer wake-ups, commits sharing a WAL flush), so the figure above is the conservative end.")
        if tps:
            stmts_all = mix["statements"] + 2 * mix["begins"]
            line = (f"- The other end: pgbench's {tps:,.0f} simple statements/s against {stmts_all:.2f} statements "
                    f"per mix request (with a `BEGIN` and a `COMMIT` per write transaction) would allow "
                    f"{tps / stmts_all:,.0f} mix requests/s on these {cores} cores if every statement cost what "
                    f"pgbench's does")
            if pgbench_cpu_ms:
                line += (f"; by CPU, {stmts_all:.2f} × {pgbench_cpu_ms * 1000:.0f} µs = "
                         f"{stmts_all * pgbench_cpu_ms:.3f} ms per mix request, {1000 / (stmts_all * pgbench_cpu_ms):,.0f} "
                         f"mix requests/s per core")
            w(line + ". That is an upper bound: taskguard's statements are larger, and writes commit. Plan with "
              "the measured figure above; the truth for a busy primary lies between the two.")
        w("")
        w(f"**Estimated** (assuming PostgreSQL's CPU per request stays what it is here and scales with "
          f"cores, which holds for reads and indexed single-row writes well below lock or WAL contention; "
          f"run at {BUSY:.0%} busy):")
        w("")
        w("| PostgreSQL cores | mix requests/s | active users | write transactions/s | WAL MB/s "
          "| 2-core servers it keeps up with (CPU) | connections at the default pool (22 per server) |")
        w("|---:|---:|---:|---:|---:|---:|---:|")
        server_rate = 2 * server_per_core  # a 2-core server, both cores busy with requests
        for pg_cores in (2, 4, 8, 16):
            rate = pg_cores * per_core * BUSY
            servers = rate / server_rate
            w(f"| {pg_cores} | {rate:,.0f} | {rate / requests_per_user * 60:,.0f} "
              f"| {rate * mix['begins']:,.0f} | {rate * mix['wal'] / 1e6:.1f} | {servers:.1f} "
              f"| {servers * per_server:,.0f} |")
        w("")
        fits = usable // per_server
        w(f"**Where it saturates first.** Connections: each server opens up to {per_server} "
          f"(`TASKGUARD_DB_POOL_SIZE` 20 plus 2 for migrations and health), and PostgreSQL's default "
          f"`max_connections` {settings['max_connections']} less {settings['superuser_reserved_connections']} "
          f"reserved leaves {usable}: **{fits} servers fit, the {fits + 1}th does not** (deploy.md's rule "
          f"servers × pool size < `max_connections`). After this run's bursts of 16 concurrent requests the "
          f"server held {args.server_connections} connections, the whole of both pools: the pool grows to its "
          f"size under such bursts and keeps its connections (how many a server needs busy at once was not "
          f"measured). With this run's ratio, {fits} CPU-bound 2-core servers need "
          f"{fits * server_rate / per_core:.1f} cores of PostgreSQL, {fits * server_rate / (per_core * BUSY):.1f} "
          f"at {BUSY:.0%} busy: so with the defaults the connection limit comes before PostgreSQL's CPU on any "
          f"primary larger than that; were a server's CPU per request at full load a third of this run's while "
          f"PostgreSQL's stayed as it is, on any primary of more than "
          f"{3 * fits * server_rate / (per_core * BUSY):.0f} cores. Past {fits} servers, lower "
          f"`TASKGUARD_DB_POOL_SIZE` or raise `max_connections` (each connection costs PostgreSQL memory) before "
          f"adding cores. Disk: each write transaction's commit waits for its WAL to be flushed "
          f"(`synchronous_commit` on), {mix['begins']:.2f} per mix request; the write transactions/s column is "
          f"what the primary's WAL device must absorb (concurrent commits share a flush).")
        w("")
        each, one = runs["list-each"], runs["list-one-token"]
        read_share = MIX[2][1] * one.per(one.pg_cpu_ms) / per_user["pg_cpu_ms"]
        w("**When a read replica helps.** Not with taskguard as it is: both data sources connect only to the "
          "primary (`targetServerType=\"primary\"` in `server.xml`), so a hot standby is for failover and "
          "reporting, and carries none of the requests. Which reads could move, if a second, read-only data "
          "source were added:")
        w("")
        w("- the task reads (list, get one task) once their session is checked: "
          f"about {read_share:.0%} of the mix's PostgreSQL CPU (10 lists × the CPU of a list whose session "
          f"check was remembered, over the mix; an estimate). But the web UI and API clients read their own "
          f"writes (a list right after a create or update must show it), so these reads can go to an "
          f"asynchronous replica only after no write of that user for longer than the replica's lag, or to "
          f"a replica with `synchronous_commit = remote_apply`, which makes every write wait for it;")
        w("- not the session check: a sign-out or revocation must be honoured everywhere within 1 s (0.5 s "
          "memory plus the lookup), and an asynchronous replica's lag has no bound; the check stays on the "
          "primary (or on a `remote_apply` replica);")
        w("- not get-session and `/token`: they read the session a sign-in has just written (read-your-writes) "
          "and record its use (a write, at most once a minute per session); not sign-in, create, update, "
          "delete, sign-out: writes.")
        w("")
        w("**When a bigger primary is needed.** When PostgreSQL's CPU passes about 70 % at peak (the table "
          "above gives the rate for each size), a primary with more cores is the first step, since all "
          "requests are on it; raise `max_connections` (or lower the pool size) with it, as the "
          "connection limit caps the servers first. A read replica pays off only after the code routes "
          f"task reads to it, and then moves at most the share above ({read_share:.0%}); the writes, the "
          f"session lookups and the accounts API stay on the primary.")
    w("")
    name = os.path.join(args.out, f"{today}-db-cost.md")
    keep_earlier(name)
    with open(name, "w") as f:
        f.write("\n".join(out))
    print(name)


if __name__ == "__main__":
    main()
