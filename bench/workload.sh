#!/usr/bin/env bash
# Real people's traffic: the highest arrival rate the server holds (a p99 of at most 100 ms and no
# errors, at that rate and every lower one stepped through), on PostgreSQL, with the server's
# default settings.
#
#   bench/workload.sh [--root DIR] [--accounts N] [--keep-data] [--reload] [--rates R1,R2,...]
#                     [--seconds S] [--warmup S] [--mix T,P,C] [--zipf S]
#
#   --root DIR      the checkout whose server is measured (default: this one), so that one script
#                   measures two versions: bench/workload.sh --root ../old, then bench/workload.sh
#   --accounts N    people loaded (2000)
#   --keep-data     keep the database this run loads for the next runs (else it is dropped at the
#                   end; one kept by an earlier run and reused stays either way)
#   --reload        load afresh even if a database loaded for this root and size is there
#   --rates LIST    the arrival rates stepped through, per second (25,50,100,200,400,700,1000,1400,2000)
#   --seconds S     measured seconds per step (20), after 5 s at the step's rate unmeasured
#   --warmup S      seconds at 100 requests/s before the first step, unmeasured (30)
#   --mix T,P,C     the shares of Today, progress and check-ins (60,20,20), --zipf S the popularity
#                   exponent (1.0): other values are for finding out where the time goes
#
# Settings (environment): PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres; trusted, no password),
# UNKNOT_BENCH_DB (unknot_workload_<the root's directory name>), UNKNOT_BENCH_PORT (a free port).
#
# Steps: a database per root, kept between runs with --keep-data and reused while it holds the same
# number of accounts for the same root, loaded the same day (UTC). To load one, the root's server is
# started once on the empty database, so that its own migrations make its schema, and stopped;
# bench/workload/load.sql then writes the people, habits, tokens and years of check-ins with SQL
# (see there), and the tables are vacuumed, frozen and analyzed, as on a server that has run a while.
# The server is then started as `./unknot web` with nothing set but its port, home and database (the
# JVM's default heap, the default connection pool), and bench/workload/generator.mjs (Node, no
# dependencies) sends the traffic: open loop at a fixed arrival rate, Zipf-like account popularity, 60% Today, 20% progress
# of one habit, 20% check-ins, each with the account's token. First Today once for every account
# (what a server that has run for a while has made and kept for each person is then there), 30 s of
# warm-up at 100/s, then each rate for 5 s unmeasured and 20 s measured, stopping after a rate with
# errors or a p99 above 1 s. Per rate it prints the rate achieved, p50/p99 (from each request's due
# time, so that queueing counts), errors, the CPU per request of the server (its JVM), PostgreSQL
# (the processes serving this database and its shared writers) and the generator, and the server's
# RSS. At the end it checks the database
# against the answers (every check-in answered 2xx stored once; none stored that was not sent) and
# prints the figure:
#
#   workload: N req/s at p99 ≤ 100 ms (default settings)
#
# The generator shares the machine with the server and PostgreSQL: its CPU per request is printed so
# that its share can be judged, and so is the CPU that everything else on the machine used during
# each rate ("others", % of all cores): a figure measured beside other work is not the server's alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
accounts=2000
keep=false
reload=false
rates="25,50,100,200,400,700,1000,1400,2000"
seconds=20
warmup=30
mix="60,20,20"
zipf=1.0
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit "${1:-2}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --root) root="$(cd "$2" && pwd)"; shift 2 ;;
        --accounts) accounts="$2"; shift 2 ;;
        --keep-data) keep=true; shift ;;
        --reload) reload=true; shift ;;
        --rates) rates="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --mix) mix="$2"; shift 2 ;;
        --zipf) zipf="$2"; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "workload.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ "$accounts" =~ ^[1-9][0-9]*$ ]] || { echo "workload.sh: --accounts takes a number" >&2; exit 2; }
[ -x "$root/unknot" ] || { echo "workload.sh: $root has no ./unknot launcher" >&2; exit 2; }

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
name="$(basename "$root" | tr -c 'a-zA-Z0-9\n' '_' | tr 'A-Z' 'a-z')"
db="${UNKNOT_BENCH_DB:-unknot_workload_$name}"
for tool in node psql curl; do
    command -v "$tool" >/dev/null || { echo "workload.sh: $tool is missing" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-workload.XXXXXX")"
server_pid=""
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
cleanup() {
    stop_server
    if [ "$keep" != true ] && [ -n "${db_made:-}" ]; then
        psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
step() { printf '==> %s\n' "$*" >&2; }
sql() { psql -X -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

# The server of $root, built if it never was (./unknot web rebuilds it when its sources changed).
if [ ! -f "$root/web-ui/target/unknot-web-ui.jar" ] || [ ! -f "$root/web-ui/target/unknot-built.stamp" ]; then
    step "Building the web server of $root"
    "$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -pl web-ui -am package
    touch "$root/web-ui/target/unknot-built.stamp"
fi
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
# Changes to the benchmarks and the docs change nothing in the server measured.
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . ':!bench' ':!docs' 2>/dev/null)" ]; then
    commit="$commit+changes"
fi

port="${UNKNOT_BENCH_PORT:-$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => {
    console.log(s.address().port); s.close(); })')}"
export UNKNOT_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" UNKNOT_DATABASE_USER="$PGUSER"
export UNKNOT_DATABASE_PASSWORD="" UNKNOT_HOME="$work/home" UNKNOT_PORT="$port"
# The server's defaults: nothing of the caller's environment tunes it.
unset UNKNOT_DATABASE_SCHEMA UNKNOT_WEB_JAVA_OPTS UNKNOT_PLUGINS_DIR JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

start_server() {
    "$root/unknot" web >>"$work/server.log" 2>&1 &
    server_pid=$!
    local code=000
    for _ in $(seq 1 600); do
        # Any answer means it is up: /api/v1/today without a token is a 401.
        code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/today" 2>/dev/null || true)"
        [ "$code" != 000 ] && break
        kill -0 "$server_pid" 2>/dev/null || { tail -40 "$work/server.log" >&2; echo "the server stopped" >&2; exit 1; }
        sleep 0.5
    done
    [ "$code" != 000 ] || { tail -40 "$work/server.log" >&2; echo "the server did not answer on port $port" >&2; exit 1; }
}

# A database loaded for this root and size, or a new one.
loaded=""
if [ "$reload" != true ] && [ -n "$(psql -X -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    # Loaded today (UTC), or its history would stop days ago, and differ from a database loaded today.
    loaded="$(sql -c "SELECT accounts || ' ' || habits || ' ' || check_ins || ' ' || root FROM workload.loaded
        WHERE (loaded_at AT TIME ZONE 'UTC')::DATE = (now() AT TIME ZONE 'UTC')::DATE" 2>/dev/null || true)"
    read -r loaded_accounts _ _ loaded_root <<<"${loaded:-x x x x}"
    if [ "$loaded_accounts" != "$accounts" ] || [ "$loaded_root" != "$root" ]; then
        loaded=""
    fi
fi
if [ -n "$loaded" ]; then
    read -r _ habits check_ins _ <<<"$loaded"
    step "Reusing database $db: $accounts accounts, $habits habits, $check_ins check-ins (--reload loads afresh)"
    load_seconds="(loaded before)"
else
    step "A fresh database $db; its schema made by the server's own migrations"
    db_made=yes   # dropped at the end unless --keep-data; a database reused stays
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    start_server
    stop_server
    step "Loading $accounts accounts with their habits, tokens and 1-3 years of check-ins (load.sql)"
    started=$SECONDS
    sql -q -v accounts="$accounts" -v root="$root" -f "$here/workload/load.sql"
    step "VACUUM (FREEZE, ANALYZE) and a checkpoint"
    sql -q -c "VACUUM (FREEZE, ANALYZE)" -c "CHECKPOINT"
    load_seconds=$((SECONDS - started))
    read -r habits check_ins < <(sql -F ' ' -c "SELECT habits, check_ins FROM workload.loaded")
    step "Loaded in ${load_seconds} s: $accounts accounts, $habits habits, $check_ins check-ins"
    load_seconds="${load_seconds} s"
fi
size="$(sql -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"

# Each account's person id and active habits, for the generator (which knows the tokens' form).
sql -F ' ' -c "SELECT p.id, string_agg(h.id::TEXT, ',' ORDER BY h.id) FROM person p
    JOIN habit h ON h.person_id = p.id AND h.status = 'ACTIVE' WHERE p.username LIKE 'workload-%'
    GROUP BY p.id ORDER BY p.id" >"$work/accounts"

step "Starting the server of $root ($commit) on port $port, default settings"
start_server
# The postmaster, when PostgreSQL runs on this machine: the parent of its checkpointer.
checkpointer="$(sql -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")"
postmaster="$(awk '{ print $4 }' "/proc/${checkpointer:-0}/stat" 2>/dev/null || echo 0)"
[ -r "/proc/$postmaster/stat" ] || postmaster=0

run="$(printf '%x' "$(date +%s)")"
step "Traffic: ${warmup} s of warm-up, then rates $rates, each ${seconds} s measured"
node "$here/workload/generator.mjs" --port "$port" --accounts "$work/accounts" --run "$run" \
    --acked "$work/acked" --summary "$work/summary" --rates "$rates" --seconds "$seconds" --warmup "$warmup" \
    --mix "$mix" --zipf "$zipf" \
    --server-pid "$server_pid" --postgres-pid "$postmaster" --database "$db" --clk-tck "$(getconf CLK_TCK)"
if ! kill -0 "$server_pid" 2>/dev/null; then
    tail -60 "$work/server.log" >&2
    echo "workload.sh: the server stopped during the run (its log's end above)" >&2
    exit 1
fi
rss_end="$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo -)"
stop_server

# Every check-in answered 2xx stored exactly once, and nothing stored that was not sent; a check-in
# without a 2xx answer (an error, a timeout) may or may not have been stored.
step "Checking the stored check-ins against the answers"
read -r acked stored lost unanswered_stored unanswered strays twice < <(sql -q -F ' ' <<SQL
CREATE TEMP TABLE acked (person_id BIGINT, client_id TEXT);
CREATE TEMP TABLE unanswered (person_id BIGINT, client_id TEXT);
\copy acked FROM '$work/acked'
\copy unanswered FROM '$work/acked.unanswered'
CREATE TEMP TABLE stored AS SELECT person_id, client_id FROM check_in WHERE client_id LIKE 'wl-$run-%';
SELECT (SELECT count(*) FROM acked), (SELECT count(*) FROM stored),
    (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM stored s
        WHERE s.person_id = a.person_id AND s.client_id = a.client_id)),
    (SELECT count(*) FROM unanswered u WHERE EXISTS (SELECT 1 FROM stored s
        WHERE s.person_id = u.person_id AND s.client_id = u.client_id)),
    (SELECT count(*) FROM unanswered),
    (SELECT count(*) FROM stored s WHERE NOT EXISTS (SELECT 1 FROM acked a
        WHERE a.person_id = s.person_id AND a.client_id = s.client_id) AND NOT EXISTS (SELECT 1 FROM unanswered u
        WHERE u.person_id = s.person_id AND u.client_id = s.client_id)),
    (SELECT count(*) FROM (SELECT client_id FROM stored GROUP BY client_id HAVING count(*) > 1) d);
SQL
)
held="$(sed -n 's/^HELD //p' "$work/summary")"

echo
printf 'Real people'"'"'s traffic: %s, commit %s, %s; %s cores, %s\n' "$root" "$commit" \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(psql -X -At -d postgres -c 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /')"
printf 'Traffic: Today / progress / check-ins %s (shares); Zipf exponent %s; %s s measured per rate\n' "${mix//,/ \/ }" "$zipf" "$seconds"
printf 'Data: %s accounts, %s habits, %s check-ins, database %s (%s); load: %s\n' "$accounts" "$habits" \
    "$check_ins" "$db" "$size" "$load_seconds"
sed '/^HELD /d' "$work/summary"
printf 'Server RSS at the end: %s MiB. Load average at the end: %s\n' "$rss_end" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Check-ins: %s answered 2xx, %s stored, %s of the answered missing, %s stored twice, %s stored that were never sent; %s sent without a 2xx answer, %s of them stored\n' \
    "$acked" "$stored" "$lost" "$twice" "$strays" "$unanswered" "$unanswered_stored"
if [ "$lost" != 0 ] || [ "$twice" != 0 ] || [ "$strays" != 0 ] || [ "$acked" -gt "$stored" ]; then
    echo "workload.sh: the stored check-ins do not match the answers" >&2
    exit 1
fi
echo "workload: $held req/s at p99 ≤ 100 ms (default settings)"
