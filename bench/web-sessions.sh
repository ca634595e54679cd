#!/usr/bin/env bash
# Heap per idle UI session of the packaged web server (target: < 1 MiB). Starts `./unknot web` on a
# throwaway UNKNOT_HOME whose one account has 10 habits x 5 years of check-ins, signs in SESSIONS
# sessions through Vaadin's own HTTP protocol (bench/vaadin_sessions.py: bootstrap, then the
# sign-in form's UIDL), each of which then shows Today, and leaves them idle. The used heap after a
# full GC (jcmd GC.run, then GC.heap_info), before and after, divided by the sessions, is the figure.
# Usage: bench/web-sessions.sh [SESSIONS]   (default 200; port UNKNOT_BENCH_PORT, default 18150)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sessions="${1:-200}"
port="${UNKNOT_BENCH_PORT:-18150}"
home="$(mktemp -d "${TMPDIR:-/tmp}/unknot-sessions.XXXXXX")"
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$home"
}
trap cleanup EXIT

cp_file="$root/web-ui/target/bench-classpath.txt"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -pl web-ui -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "$root/web-ui/target/test-classes:$root/web-ui/target/classes:$(cat "$cp_file")" \
    dev.unknot.web.bench.SessionBenchSeed "$home" bench "bench password" 2>/dev/null

UNKNOT_HOME="$home" UNKNOT_PORT="$port" "$root/unknot" web >"$home/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$base/login" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "the server stopped:" >&2
        cat "$home/server.log" >&2
        exit 1
    fi
    sleep 0.5
done
# The launcher execs java, so $server is the JVM itself.

used_heap_kib() {
    jcmd "$server" GC.run >/dev/null
    jcmd "$server" GC.heap_info | grep -v -e Metaspace -e 'class space' \
        | grep -o 'used [0-9]*K' | awk '{ sum += $2 } END { print sum }'
}

# Warm up: load the classes, fill the caches (the history included) that every session shares.
python3 "$root/bench/vaadin_sessions.py" "$base" bench "bench password" 5 >/dev/null
before="$(used_heap_kib)"
started=$(date +%s)
python3 "$root/bench/vaadin_sessions.py" "$base" bench "bench password" "$sessions" >/dev/null
took=$(( $(date +%s) - started ))
after="$(used_heap_kib)"
echo "load: $(uptime | sed 's/.*load average: //')"
echo "heap used after a full GC: before $before KiB, after $after KiB, with $sessions more idle sessions on Today (signed in in ${took} s)"
awk -v b="$before" -v a="$after" -v n="$sessions" \
    'BEGIN { printf "heap per idle session: %.1f KiB (%.3f MiB)\n", (a - b) / n, (a - b) / n / 1024 }'
