#!/usr/bin/env bash
# A stress figure, not a target: check-ins per second through the REST API on PostgreSQL from a few
# accounts each checking in thousands of times a minute, beside pgbench inserting single rows into a
# table like check_in, on the same machine in the same run. Real people's traffic is bench/workload.sh's.
#
#   bench/api-load.sh
#
# Settings (environment): CONCURRENCY (8 clients), DURATION (20 s measured), WARMUP (5 s, before each
# run), SERVER_WARMUP (60 s through the web port once the server is up, so that the JIT has compiled the
# hot path before anything is measured: after 5 s its compiler threads took ~30% of the server's CPU in
# the measured runs, after 20 s still 0.5-1.6 ms per check-in, after 60 s ~0 straight to the API's port),
# UNKNOT_BENCH_PORT (18300, the server's one port: Micronaut's Netty serves the API there itself),
# UNKNOT_BENCH_DB (unknot_bench_api: dropped and created afresh),
# PGHOST/PGPORT/PGUSER (127.0.0.1, 5432, postgres; trusted, no password), UNKNOT_WEB_JAVA_OPTS (the
# server's JVM options, e.g. a profiler).
#
# Steps: a fresh database; ApiSetup makes accounts, each with a token and a habit, through the store;
# the packaged web server starts on it (./unknot web); wrk (bench/api-load.lua: closed loop, CONCURRENCY
# connections with a thread each, one account per connection, a new client id per request) POSTs
# /api/v1/check-ins to the server's port after a warm-up of its own; the database's rows are checked against the 2xx answers (nothing lost, nothing
# stored twice); pgbench -n -c CONCURRENCY -j 2 -T DURATION inserts into bench_scratch.check_in (same
# columns, constraints, indexes and habit foreign key as check_in). p50/p99 of pgbench come from its
# per-transaction log (--log), wrk's from its own latency record (--latency). When PostgreSQL runs on this
# machine and /proc can be read, it also prints PostgreSQL's CPU per API check-in and per pgbench insert.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
concurrency="${CONCURRENCY:-8}"
duration="${DURATION:-20}"
warmup="${WARMUP:-5}"
server_warmup="${SERVER_WARMUP:-60}"
web_port="${UNKNOT_BENCH_PORT:-18300}"
db="${UNKNOT_BENCH_DB:-unknot_bench_api}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
java_cmd="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_cmd="$JAVA_HOME/bin/java"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-api-load.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
step() { printf '==> %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
fi

step "Building the web server and the load generator"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -pl web-ui,bench -am package
touch "$root/web-ui/target/unknot-built.stamp"   # ./unknot web need not build again
bench_cp="$root/bench/target/unknot-bench.jar:$root/bench/target/lib/*"

step "A fresh database $db"
psql -v ON_ERROR_STOP=1 -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export UNKNOT_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" UNKNOT_DATABASE_USER="$PGUSER"
export UNKNOT_DATABASE_PASSWORD="" UNKNOT_HOME="$work/home"
unset UNKNOT_DATABASE_SCHEMA

# One account per client, as on a real server where check-ins come from many people, and a new set
# for each run, so that the second run does not start on the first one's history.
step "Accounts, each with a token and a habit: $concurrency for the API run (ApiSetup, through the store)"
"$java_cmd" -cp "$bench_cp" dev.unknot.bench.ApiSetup $((2 * concurrency)) >"$work/credentials" 2>"$work/setup.log" \
    || { cat "$work/setup.log" >&2; exit 1; }
sed -n "1,${concurrency}p" "$work/credentials" >"$work/credentials.web"
sed -n "$((concurrency + 1)),\$p" "$work/credentials" >"$work/credentials.server-warm-up"
read -r token habit < <(sed 's/^credential=//' "$work/credentials.web")
person="$(psql -At -d "$db" -c "SELECT person_id FROM habit WHERE id = $habit")"

step "Starting the web server on port $web_port"
# UNKNOT_WEB_JAVA_OPTS reaches the server's JVM, e.g. -XX:StartFlightRecording=... to profile it.
UNKNOT_PORT="$web_port" "$root/unknot" web >"$work/web.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$web_port/api/v1/settings" 2>/dev/null; then
        break
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/web.log" >&2; echo "the web server stopped" >&2; exit 1; }
    sleep 0.5
done
curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$web_port/api/v1/settings" \
    || { tail -50 "$work/web.log" >&2; echo "the API did not answer on port $web_port" >&2; exit 1; }

# The server's CPU time so far (user + system), in milliseconds, from /proc: all of it, and the part
# of its JIT compiler threads (C1, C2), which a short warm-up leaves compiling into the measured runs.
server_cpu_ms() {
    awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$server_pid/stat"
}
jit_cpu_ms() {
    local total=0 line comm rest
    for stat in /proc/"$server_pid"/task/*/stat; do
        read -r line <"$stat" 2>/dev/null || continue
        comm="${line#*(}"; comm="${comm%)*}"
        case "$comm" in
            C1\ Compiler*|C2\ Compiler*)
                rest="${line##*) }"
                total=$((total + $(awk '{ print $12 + $13 }' <<<"$rest")))
                ;;
        esac
    done
    echo $((total * 1000 / $(getconf CLK_TCK)))
}
# PostgreSQL's CPU time so far (user + system, ms) from /proc, when this machine runs it and /proc lets us
# read it: its live processes, and what the postmaster's exited children (pgbench's backends) used.
# Empty when it cannot be read.
postgres_cpu_ms() {
    local data postmaster total=0 line rest fields
    data="$(psql -At -d postgres -c "SHOW data_directory" 2>/dev/null)" || return 0
    read -r postmaster <"$data/postmaster.pid" 2>/dev/null || return 0
    read -r line <"/proc/$postmaster/stat" 2>/dev/null || return 0
    rest="${line##*) }"
    read -ra fields <<<"$rest"
    total=$((fields[11] + fields[12] + fields[13] + fields[14]))
    for child in $(pgrep -P "$postmaster"); do
        read -r line <"/proc/$child/stat" 2>/dev/null || continue
        rest="${line##*) }"
        read -ra fields <<<"$rest"
        total=$((total + fields[11] + fields[12]))
    done
    echo $((total * 1000 / $(getconf CLK_TCK)))
}
# One wrk run of $seconds against $port as the accounts of credentials.$label; its client ids are
# RUN-<connection>-<sequence> (so a run's name has no "-"). Prints wrk's WRK and CONNECTION lines (see bench/api-load.lua) into
# $work/wrk.$run, and checks the database: every answered request's check-in stored once, and at most the
# one request per connection that was in flight when wrk stopped stored without an answer.
wrk_run() {
    local label="$1" port="$2" run="$3" seconds="$4"
    TIMEFORMAT='%U %S'
    { time CREDENTIALS="$work/credentials.$label" RUN="$run" wrk -t "$concurrency" -c "$concurrency" \
        -d "${seconds}s" --timeout 30s --latency -s "$root/bench/api-load.lua" \
        "http://127.0.0.1:$port/api/v1/check-ins" >"$work/wrk.$run" ; } 2>"$work/wrk-cpu.$run"
    local connections
    connections="$(awk '$1 == "CONNECTION" { printf "%s(%d, %d)", sep, $3, $5; sep = ", " }' "$work/wrk.$run")"
    read -r answered stored unanswered twice < <(psql -At -F ' ' -d "$db" -c "
        WITH connection(number, last_answered) AS (VALUES $connections),
        answered AS (SELECT sum(answered) AS n FROM (VALUES $(awk '$1 == "CONNECTION" { printf "%s(%d)", sep, $4; sep = ", " }' "$work/wrk.$run")) a(answered)),
        stored AS (SELECT split_part(client_id, '-', 2)::int AS number, split_part(client_id, '-', 3)::bigint AS sequence,
                person_id FROM check_in WHERE client_id LIKE '$run-%')
        SELECT (SELECT n FROM answered),
            (SELECT count(*) FROM stored JOIN connection USING (number) WHERE sequence <= last_answered),
            (SELECT count(*) FROM stored JOIN connection USING (number) WHERE sequence > last_answered),
            (SELECT count(*) FROM (SELECT 1 FROM stored GROUP BY person_id, number, sequence HAVING count(*) > 1) d)")
    echo "$run answered $answered stored $stored unanswered-stored $unanswered twice $twice" >>"$work/rows-check"
    if [ "$answered" != "$stored" ] || [ "$twice" != 0 ] || [ "$unanswered" -gt "$concurrency" ]; then
        cat "$work/wrk.$run" >&2
        echo "rows check failed for $run: $answered 2xx answers, $stored of their check-ins stored," \
            "$unanswered stored without an answer, $twice stored twice" >&2
        exit 1
    fi
}
load() {
    local label="$1" port="$2" cpu_before jit_before rows_before
    step "API via $label: $concurrency connections (wrk), ${warmup} s warm-up, ${duration} s measured"
    wrk_run "$label" "$port" "${label}warmup" "$warmup"
    cpu_before="$(server_cpu_ms)"
    jit_before="$(jit_cpu_ms)"
    rows_before="$(psql -At -d "$db" -c "SELECT count(*) FROM check_in")"
    postgres_before="$(postgres_cpu_ms)"
    wrk_run "$label" "$port" "$label" "$duration"
    postgres_after="$(postgres_cpu_ms)"
    local rows=$(($(psql -At -d "$db" -c "SELECT count(*) FROM check_in") - rows_before))
    echo "$label $(($(server_cpu_ms) - cpu_before)) $rows $(($(jit_cpu_ms) - jit_before))" >>"$work/server-cpu"
    if [ -n "$postgres_before" ] && [ -n "$postgres_after" ]; then
        echo "API-check-in $((postgres_after - postgres_before)) $rows" >>"$work/postgres-cpu"
    fi
    sed -n '/Latency Distribution/,/requests in/p' "$work/wrk.$label" >&2
    grep -E '^(WRK|first failure)' "$work/wrk.$label" >&2
    awk '$1 == "WRK"' "$work/wrk.$label" >>"$work/results"
    read -r user system < <(tail -1 "$work/wrk-cpu.$label")
    awk -v run="$label" -v u="$user" -v s="$system" '$1 == "WRK" && $2 == run {
        printf "%s %.2f\n", run, (u + s) * 1000 / $3 }' "$work/results" >>"$work/client-cpu"
}
# What the database did for the API: transactions and table reads (index or sequential scans),
# from PostgreSQL's statistics for this database, which the server's connections flush when they close.
db_work() {
    psql -At -F ' ' -d "$db" -c "SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database
        WHERE datname = current_database()), (SELECT sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0))
        FROM pg_stat_user_tables)"
}
# The hot path compiled by the JIT first, so that the measured run does not pay for it.
step "Warming the server up through the web port (${server_warmup} s, not measured)"
wrk_run server-warm-up "$web_port" serverwarmup "$server_warmup"
read -r xacts_before reads_before < <(db_work)
rows_before="$(psql -At -d "$db" -c "SELECT count(*) FROM check_in")"
load web "$web_port"

kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""
sleep 1
api_rows="$(($(psql -At -d "$db" -c "SELECT count(*) FROM check_in") - rows_before))"
read -r xacts_after reads_after < <(db_work)

step "pgbench: single-row inserts into bench_scratch.check_in"
psql -v ON_ERROR_STOP=1 -q -d "$db" <<SQL
CREATE SCHEMA bench_scratch;
CREATE TABLE bench_scratch.habit (LIKE public.habit INCLUDING ALL);
INSERT INTO bench_scratch.habit SELECT * FROM public.habit WHERE id = $habit;
CREATE TABLE bench_scratch.check_in (LIKE public.check_in INCLUDING ALL);
ALTER TABLE bench_scratch.check_in ADD CONSTRAINT check_in_habit
    FOREIGN KEY (habit_id, person_id) REFERENCES bench_scratch.habit (id, person_id) ON DELETE CASCADE;
SQL
cat >"$work/insert.sql" <<'SQL'
INSERT INTO bench_scratch.check_in (person_id, habit_id, client_id, done_at, amount, note, symptoms, recorded_at)
VALUES (:person, :habit, gen_random_uuid()::text, now(), 1, '', '', now());
SQL
pgbench_run() {
    pgbench -n -c "$concurrency" -j 2 -D person="$person" -D habit="$habit" -f "$work/insert.sql" "$@" "$db"
}
pgbench_run -T "$warmup" >/dev/null 2>&1
postgres_before="$(postgres_cpu_ms)"
TIMEFORMAT='%U %S'
# The redirections inside the subshell: outside it, they would catch time's own report too.
{ time (cd "$work" && pgbench_run -T "$duration" --log --log-prefix=pgbench_log >"$work/pgbench.out" 2>&1) \
    || { cat "$work/pgbench.out" >&2; exit 1; } ; } 2>"$work/pgbench-cpu"
postgres_after="$(postgres_cpu_ms)"
pgbench_rows="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")"
if [ -n "$postgres_before" ] && [ -n "$postgres_after" ]; then
    echo "pgbench-insert $((postgres_after - postgres_before)) $pgbench_rows" >>"$work/postgres-cpu"
fi
grep -E '^(tps|latency average|number of (transactions|failed))' "$work/pgbench.out" >&2
tps="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/pgbench.out")"
# Per-transaction log lines: client, transaction, latency in µs, script, epoch s, µs.
cat "$work"/pgbench_log.* | awk '{ print $3 }' | sort -n >"$work/pgbench-latencies"
pg_p50="$(awk '{ v[NR] = $1 } END { i = int(NR * 0.50); if (i < NR * 0.50) i++; printf "%.2f", v[i] / 1000 }' "$work/pgbench-latencies")"
pg_p99="$(awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < NR * 0.99) i++; printf "%.2f", v[i] / 1000 }' "$work/pgbench-latencies")"

echo
printf 'Check-ins on PostgreSQL, %s clients, %s s measured, %s cores (%s)\n' "$concurrency" "$duration" "$(nproc)" \
    "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-18s %10s %9s %9s %14s\n' "" "rows/s" "p50 ms" "p99 ms" "÷ pgbench"
# WRK run requests seconds answered_2xx p50_us p99_us errors
awk -v tps="$tps" '$1 == "WRK" {
    printf "%-18s %10.1f %9.2f %9.2f %14.2f\n", "API via " $2, $5 / $4, $6 / 1000, $7 / 1000, $5 / $4 / tps
    if ($8 > 0) errors = errors " " $2 ": " $8 " errors"
} END { if (errors != "") print "errors:" errors }' "$work/results"
printf '%-18s %10.1f %9s %9s %14s\n' "pgbench insert" "$tps" "$pg_p50" "$pg_p99" "1.00"
awk -v rows="$api_rows" -v x="$((xacts_after - xacts_before))" -v r="$((reads_after - reads_before))" 'BEGIN {
    printf "Per API check-in (the run and its warm-up, %d rows): %.1f database transactions, %.1f table reads;\n", rows, x / rows, r / rows
    print "per pgbench insert: 1 transaction, 1 table read (the habit foreign key)."
}'
awk '{ printf "Server CPU per check-in via %s: %.2f ms (user + system, measured run; %.2f ms of it the JIT compiler)\n",
    $1, $2 / $3, $4 / $3 }' "$work/server-cpu"
awk '{ printf "wrk CPU per request via %s: %.2f ms\n", $1, $2 }' "$work/client-cpu"
read -r user system < <(tail -1 "$work/pgbench-cpu")
awk -v u="$user" -v s="$system" -v n="$pgbench_rows" 'BEGIN { printf "pgbench CPU per insert: %.3f ms\n", (u + s) * 1000 / n }'
if [ -s "$work/postgres-cpu" ]; then
    awk '{ printf "PostgreSQL CPU per %s: %.3f ms (all its processes, measured run)\n", $1, $2 / $3 }' "$work/postgres-cpu"
else
    echo "PostgreSQL CPU: not readable here (its /proc entries)"
fi
awk '{ printf "Rows: %s\n", $0 }' "$work/rows-check"
printf 'Load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
