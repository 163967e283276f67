#!/usr/bin/env bash
# The pieces bench/run, bench/front-door, bench/db-cost and bench/scale share: tools, the packaged server
# (taskguard-bench) with production settings, seeding users and tasks over the API, the request files
# wrk walks and the measurement of one scenario. Sourced, not run; the caller sets `here`, `repo`,
# `seconds`, `warmup`, `port`, `db`, `base`, `java`, `work`, `wlp` and `server_dir` (bench/run's head
# shows them), and for `scenario` and `mixed` the file `results` they append to; it may set
# `server_name` (the Liberty server; taskguard-bench, bench/scale's taskguard-scale) and `db_port` (PostgreSQL's port; 5432).
# Against the peer (bench/peer) the caller also sets `side=peer`, `base` to Better Auth's address and
# `api` to the peer's task API's.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

need_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v python3 >/dev/null || missing+=(python3)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# need_postgres: the machine's PostgreSQL on 5432, started if it is down
need_postgres() {
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  fi
}

# The lock the machine's users take around integration tests and measurements (BENCH_LOCK; empty: none),
# held on file descriptor 9 from take_machine_lock until release_machine_lock, so other people's tests
# never run beside a measurement, and nothing waits on it while a benchmark only seeds.
take_machine_lock() {
  [ -n "${BENCH_LOCK-/tmp/taskguard-it.lock}" ] || return 0
  log "waiting for ${BENCH_LOCK-/tmp/taskguard-it.lock} ($1)"
  exec 9>"${BENCH_LOCK-/tmp/taskguard-it.lock}"
  flock 9
  log "holding it: $1"
}

release_machine_lock() {
  [ -n "${BENCH_LOCK-/tmp/taskguard-it.lock}" ] || return 0
  flock -u 9
  exec 9>&-
}

psql_bench() { psql -X -q -h 127.0.0.1 -p "${db_port:-5432}" -U postgres -v ON_ERROR_STOP=1 "$@"; }

build() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$server_dir/apps/taskguard.war" ]; then
    return
  fi
  log "building (mvn -Pbench -DskipTests -DskipITs package)"
  (cd "$repo" && mvn -B -q -ntp -Pbench -DskipTests -DskipITs -Dspotless.check.skip=true package)
}

start_server() {
  # taskguard's own server.env first (the memory settings production gets), then this run's settings:
  # production defaults (no HTTPS keystore), its own database and port
  { cat "$repo/src/main/liberty/config/server.env"; cat <<EOF
TASKGUARD_ENV=production
TASKGUARD_SECRET=$secret
TASKGUARD_DB_HOST=127.0.0.1
TASKGUARD_DB_PORT=${db_port:-5432}
TASKGUARD_DB_NAME=$db
TASKGUARD_DB_USER=postgres
TASKGUARD_JWT_ISSUER=$base
TASKGUARD_SIGNUP_PER_ADDRESS=100000
${BENCH_POOL:+TASKGUARD_DB_POOL_SIZE=$BENCH_POOL}
${BENCH_SERVER_ENV:-}
EOF
  } >"$server_dir/server.env"
  cat >"$server_dir/bootstrap.properties" <<EOF
http.port=$port
https.port=$((port + 363))
EOF
  # readiness is polled from the start command on, as a load balancer or an orchestrator's probe would,
  # not only once `server start` has returned; every 0.1 s, with the shell's own clock, so the polling
  # takes next to nothing from the server it times
  local started starter
  started=$EPOCHREALTIME
  JVM_ARGS="${BENCH_JVM_ARGS:-}" "$wlp/bin/server" start "${server_name:-taskguard-bench}" >/dev/null &
  starter=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do
    if [ -n "$starter" ] && ! kill -0 "$starter" 2>/dev/null; then
      wait "$starter" || { log "the start command failed; see $server_dir/logs"; exit 1; }
      starter=""
    fi
    if [ "$(((${EPOCHREALTIME/./} - ${started/./}) / 1000000))" -gt 180 ]; then
      log "the server was not ready within 180 s; see $server_dir/logs"
      exit 1
    fi
    sleep 0.1
  done
  local ready_us=$((${EPOCHREALTIME/./} - ${started/./}))
  printf '%d.%02d\n' $((ready_us / 1000000)) $((ready_us % 1000000 / 10000))
  [ -z "$starter" ] || wait "$starter" || { log "the start command failed; see $server_dir/logs"; exit 1; }
}

# The ahead-of-time cache a later start reads, made as docs/deploy.md says (src/main/liberty/make-start-cache:
# a training start and stop on JDK 25 or later; on an older JDK nothing)
make_start_cache() {
  JVM_ARGS="${BENCH_JVM_ARGS:-}" "$repo/src/main/liberty/make-start-cache" "$wlp" "${server_name:-taskguard-bench}"
}

stop_server() {
  [ -x "$wlp/bin/server" ] && "$wlp/bin/server" stop "${server_name:-taskguard-bench}" >/dev/null 2>&1 || true
}

# user + system CPU time of the server's JVM so far, in clock ticks (what each request costs it); for
# the peer, of all its processes
server_cpu_ticks() {
  if [ "${side:-taskguard}" = peer ]; then
    "$here/peer/stats" | sed 's/.*cpu_ticks=//'
  else
    awk '{print $14 + $15}' "/proc/$(server_pid)/stat"
  fi
}

# `server start` writes a pid file; `server run` (the run command's Liberty) does not
server_pid() {
  local file="$wlp/usr/servers/.pid/${server_name:-taskguard-bench}.pid"
  if [ -f "$file" ]; then cat "$file"; else pgrep -n -f "ws-javaagent.jar .* ${server_name:-taskguard-bench}\$"; fi
}

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)'"$1"')'; }

# sign_up EMAIL -> prints "USER_ID SESSION_TOKEN"
sign_up() {
  curl -s -f -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench\",\"email\":\"$1\",\"password\":\"bench-Password-4711\"}" \
    "$base/api/auth/sign-up/email" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b["user"]["id"], b["token"])'
}

jwt_of() { curl -s -f -H "Authorization: Bearer $1" "$base/api/auth/token" | json_field '["token"]'; }

seed_tasks() { # USER_ID COUNT
  psql_bench -d "$db" -c "INSERT INTO tasks (user_id, title, description, completed, created_at, updated_at)
    SELECT '$1', 'task ' || g, 'seeded for the benchmark', g % 3 = 0,
           now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
    FROM generate_series(1, $2) g"
}

# seed_readers: 16 users with 20 tasks each, whose lists the `list` scenario reads
seed_readers() {
  : >"$work/readers"
  for i in $(seq 1 16); do
    read -r id token < <(sign_up "reader$i@bench.example")
    echo "$id $token" >>"$work/readers"
    seed_tasks "$id" 20
  done
}

# seed_signers: 8 accounts whose sign-ins the `sign-in` scenario makes
seed_signers() {
  : >"$work/signers"
  for i in $(seq 1 8); do
    sign_up "signer$i@bench.example" >/dev/null
    echo "signer$i@bench.example" >>"$work/signers"
  done
}

# seed_writers: 16 users with 50 tasks each, whose lists `create` adds to and `complete` changes
seed_writers() {
  : >"$work/writers"
  for i in $(seq 1 16); do
    read -r id token < <(sign_up "writer$i@bench.example")
    echo "$id $token" >>"$work/writers"
    seed_tasks "$id" 50
  done
}

# seed_owner N: the owner of N tasks, whose first page `page-N` reads
seed_owner() {
  read -r id token < <(sign_up "owner$1@bench.example")
  echo "$id $token" >"$work/owner$1"
  seed_tasks "$id" "$1"
}

seed() {
  log "seeding users and tasks"
  seed_readers
  seed_writers
  seed_signers
  for n in 10 1000 100000; do
    seed_owner "$n"
  done
  psql_bench -d "$db" -c "VACUUM ANALYZE"
}

# requests_for SCENARIO -> writes the request file wrk walks through (JWTs minted now, so fresh)
requests_for() {
  local file="$work/$1.req" id token jwt
  : >"$file"
  case "$1" in
    list)
      while read -r id token; do
        printf 'GET\t/api/users/%s/tasks?limit=20\tBearer %s\t\n' "$id" "$(jwt_of "$token")" >>"$file"
      done <"$work/readers" ;;
    create)
      while read -r id token; do
        printf 'POST\t/api/users/%s/tasks\tBearer %s\t{"title":"created by the benchmark"}\n' \
          "$id" "$(jwt_of "$token")" >>"$file"
      done <"$work/writers" ;;
    complete)
      while read -r id token; do
        jwt="$(jwt_of "$token")"
        psql_bench -d "$db" -At -c "SELECT id FROM tasks WHERE user_id = '$id' ORDER BY id LIMIT 50" |
          while read -r task; do
            printf 'PATCH\t/api/users/%s/tasks/%s\tBearer %s\t{"completed":true}\n' "$id" "$task" "$jwt"
          done >>"$file"
      done <"$work/writers" ;;
    sign-in)
      while read -r email; do
        printf 'POST\t/api/auth/sign-in/email\t\t{"email":"%s","password":"bench-Password-4711"}\n' "$email" >>"$file"
      done <"$work/signers" ;;
    token | get-session)
      while read -r id token; do
        printf 'GET\t/api/auth/%s\tBearer %s\t\n' "$1" "$token" >>"$file"
      done <"$work/readers" ;;
    jwks)
      printf 'GET\t/api/auth/jwks\t\t\n' >>"$file" ;;
    page-*)
      read -r id token <"$work/owner${1#page-}"
      printf 'GET\t/api/users/%s/tasks?limit=50\tBearer %s\t\n' "$id" "$(jwt_of "$token")" >>"$file" ;;
  esac
  echo "$file"
}

# url_for KIND -> the address that serves a kind of request: taskguard serves them all on `base`;
# the peer's task API has an address of its own (`api`), Better Auth is at `base`
url_for() {
  case "$1" in
    list | create | complete | page-*) echo "${api:-$base}" ;;
    *) echo "$base" ;;
  esac
}

# drive REQUEST_FILE CONNECTIONS SECONDS [URL] -> prints the JSON line of requests.lua
drive() {
  local threads=2
  [ "$2" -lt 2 ] && threads=1
  BENCH_REQUESTS="$1" wrk -t"$threads" -c"$2" -d"${3}s" --timeout 10s -s "$here/wrk/requests.lua" "${4:-$base}" |
    sed -n 's/^BENCH //p'
}

# A fresh JVM compiles its hot paths during the first tens of seconds under load: before any
# measurement, every kind of request runs for a while, so the first scenario is not the one that
# pays for the JIT. Two rounds: after one, `list` (measured first) still came out slower than
# `page-1000` (measured last), which reads more rows per request on the same path. The peer's
# JavaScript engine gets the same for the kinds it serves.
# warm_up KIND...
warm_up() {
  local kind round
  log "warming the ${side:-taskguard} server up: $*, 2 x ${warmup}s each"
  for round in 1 2; do
    for kind in "$@"; do
      drive "$(requests_for "$kind")" 16 "$warmup" "$(url_for "$kind")" >/dev/null
    done
  done
}

wanted() { [ -z "${BENCH_ONLY:-}" ] || [[ " $BENCH_ONLY " == *" $1 "* ]]; }

# scenario NAME CONNECTIONS [REQUEST_KIND]: warm-up, then the measured run into $results
scenario() {
  local name="$1" connections="$2" kind="${3:-$1}" file url
  wanted "$name" || return 0
  file="$(requests_for "$kind")"
  url="$(url_for "$kind")"
  log "$name at $connections connections on ${side:-taskguard}: ${warmup}s warm-up, ${seconds}s measured"
  drive "$file" "$connections" "$warmup" "$url" >/dev/null
  local cpu_before measured recording=""
  if [ -n "${BENCH_JFR:-}" ] && [ "${side:-taskguard}" = taskguard ]; then
    recording="$BENCH_JFR/$name-$connections.jfr"
    mkdir -p "$BENCH_JFR"
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$(server_pid)" JFR.start name=measured settings=profile \
      filename="$recording" >/dev/null
  fi
  cpu_before="$(server_cpu_ticks)"
  measured="$(drive "$file" "$connections" "$seconds" "$url")"
  if [ -n "$recording" ]; then
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$(server_pid)" JFR.stop name=measured >/dev/null
    log "recorded the measured run with JFR: $recording"
  fi
  python3 -c 'import json,os,sys; r=json.loads(sys.argv[1]); ticks=int(sys.argv[5])-int(sys.argv[4]); r.update(server=sys.argv[6], name=sys.argv[2], connections=int(sys.argv[3]), round=int(sys.argv[7]), server_cpu_ms_per_request=round(ticks*1000/os.sysconf("SC_CLK_TCK")/max(r["requests"],1),3)); print(json.dumps(r))' \
    "$measured" "$name" "$connections" "$cpu_before" "$(server_cpu_ticks)" "${side:-taskguard}" \
    "${bench_round:-1}" | tee -a "$results" >&2
}

# mixed: the list at 16 alone, then again while sign-in floods at 8 connections, in BENCH_ROUNDS (3)
# pairs; the target is about each pair's ratio, measured a minute apart (the report takes the median)
mixed() {
  wanted mixed-list-under-sign-in-flood || return 0
  local list signin alone flood
  list="$(requests_for list)"
  signin="$(requests_for sign-in)"
  for bench_round in $(seq "${BENCH_ROUNDS:-3}"); do
    log "mixed-list-under-sign-in-flood, round $bench_round: list at 16 alone, then while sign-in floods at 8"
    drive "$list" 16 "$warmup" >/dev/null
    alone="$(drive "$list" 16 "$seconds")"
    drive "$signin" 8 "$((seconds + warmup + 4))" >"$work/flood.json" &
    flood=$!
    sleep 2
    drive "$list" 16 "$warmup" >/dev/null
    drive "$list" 16 "$seconds" |
      python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); r.update(name="mixed-list-under-sign-in-flood", connections=16, round=int(sys.argv[2]), alone_rps=json.loads(sys.argv[1])["rps"]); print(json.dumps(r))' \
        "$alone" "$bench_round" | tee -a "$results" >&2
    wait "$flood"
    log "the flood itself: $(cat "$work/flood.json")"
  done
  bench_round=1
}

pgbench_ceiling() {
  pgbench_setup
  pgbench_select
}

# pgbench_setup: a fresh pgbench database at scale 10
pgbench_setup() {
  psql_bench -d postgres -c "DROP DATABASE IF EXISTS taskguard_pgbench" -c "CREATE DATABASE taskguard_pgbench"
  pgbench -q -i -s 10 -h 127.0.0.1 -p "${db_port:-5432}" -U postgres taskguard_pgbench >/dev/null 2>&1
}

# pgbench_select -> prints the transactions per second of pgbench -S for $seconds
pgbench_select() {
  log "pgbench -S -M prepared -c 16 for ${seconds}s"
  pgbench -S -M prepared -c 16 -j 2 -T "$seconds" -h 127.0.0.1 -p "${db_port:-5432}" -U postgres taskguard_pgbench 2>/dev/null |
    sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p'
}

single_hash_ms() {
  log "one argon2id hash (JMH, argon2-jvm at taskguard's parameters)"
  "$here/jmh/run" 'Argon2idBenchmark.argon2JvmNative' -f 1 -wi 2 -w 2s -i 3 -r 2s \
    -rf json -rff "$work/argon2.json" >/dev/null
  python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))[0]["primaryMetric"]["score"], 2))' "$work/argon2.json"
}

