#!/usr/bin/env bash
# The web server's footprint on a small machine, for the distribution's default JVM settings and for
# `./unknot web` as it is, in one run (targets for the distribution: <= 256 MiB resident after start,
# <= 384 MiB after 200 idle signed-in sessions, <= 4 s to the first page):
#
#   - time to the first page: from the launch to the first 200 for / on an empty home;
#   - resident memory (RSS) right after that first page, on the empty home;
#   - resident memory after SESSIONS idle signed-in sessions on Today (bench/vaadin_sessions.py),
#     on a home whose one account has 10 habits x 5 years of check-ins (as bench/web-sessions.sh);
#   - the tarball's size.
#
# Usage: bench/footprint.sh [TARBALL] [SESSIONS]
#   TARBALL: dist/target/unknot-*.tar.gz by default (build it with ./mvnw -Pdist package -DskipTests)
# The machine's load is printed beside the figures: rerun when it is low.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tarball="${1:-$(ls "$root"/dist/target/unknot-*.tar.gz 2>/dev/null | head -n 1)}"
sessions="${2:-200}"
port="${UNKNOT_BENCH_PORT:-18160}"
[ -f "$tarball" ] || { echo "no tarball; build it with ./mvnw -Pdist package -DskipTests" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-footprint.XXXXXX")"
server=""
cleanup() {
    stop_server
    rm -rf "$work"
}
stop_server() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
trap cleanup EXIT

tar -xzf "$tarball" -C "$work"
dist="$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'unknot-*')"

# The seeded home, made once and copied for each server.
cp_file="$root/web-ui/target/bench-classpath.txt"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -pl web-ui -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "$root/web-ui/target/test-classes:$root/web-ui/target/classes:$(cat "$cp_file")" \
    dev.unknot.web.bench.SessionBenchSeed "$work/seeded" bench "bench password" >/dev/null 2>&1
# The repository's launcher builds what is missing before it starts: not part of the figure.
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -pl web-ui -am package >/dev/null
touch "$root/web-ui/target/unknot-built.stamp"

now_ms() { date +%s%3N; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# start NAME HOME COMMAND...: the server on HOME; sets server and first_page_ms.
start() {
    local name="$1" home="$2"
    shift 2
    local started
    started="$(now_ms)"
    UNKNOT_HOME="$home" UNKNOT_PORT="$port" "$@" >"$work/$name.log" 2>&1 &
    server=$!
    for _ in $(seq 1 1200); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
            first_page_ms=$(( $(now_ms) - started ))
            return
        fi
        kill -0 "$server" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "$name did not answer" >&2
    exit 1
}

# measure NAME LABEL COMMAND...: NAME names its files, LABEL its line.
measure() {
    local name="$1" label="$2"
    shift 2
    start "$name" "$work/empty-$name" "$@"
    local first="$first_page_ms"
    sleep 2
    local empty
    empty="$(rss_mib "$server")"
    stop_server
    cp -a "$work/seeded" "$work/seeded-$name"
    start "$name-sessions" "$work/seeded-$name" "$@"
    python3 "$root/bench/vaadin_sessions.py" "http://127.0.0.1:$port" bench "bench password" "$sessions" >/dev/null
    sleep 2
    local loaded
    loaded="$(rss_mib "$server")"
    stop_server
    printf '%-22s first page %5.1f s | RSS after start %4s MiB | after %s sessions %4s MiB\n' \
        "$label" "$(awk -v ms="$first" 'BEGIN { print ms / 1000 }')" "$empty" "$sessions" "$loaded"
}

echo "load before: $(uptime | sed 's/.*load average: //')"
measure dist "dist (bin/unknot web)" "$dist/bin/unknot" web
measure checkout "./unknot web" "$root/unknot" web
echo "load after: $(uptime | sed 's/.*load average: //')"
echo "tarball: $(basename "$tarball") $(du -m "$tarball" | cut -f1) MiB; unpacked $(du -sm "$dist" | cut -f1) MiB (runtime $(du -sm "$dist/runtime" | cut -f1) MiB)"
