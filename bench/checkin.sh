#!/usr/bin/env bash
# Times `./unknot checkin` on the embedded database against a bare JVM hello-world.
#
#   bench/checkin.sh [RUNS]     (default 10 runs each)
#
# Both run the `java` the launcher chooses (UNKNOT_JAVA picks another). The check-in goes into a
# throwaway UNKNOT_HOME with one habit, after one warm-up run (the first run of a new home creates
# and migrates the database) and once the launcher's start-up cache is ready. Prints both medians in
# milliseconds and their ratio; the target is a ratio of at most 8.
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export UNKNOT_HOME="$work/home"
unset UNKNOT_DATABASE_URL UNKNOT_DATABASE_USER UNKNOT_DATABASE_PASSWORD UNKNOT_DATABASE_SCHEMA UNKNOT_TRACE_STARTUP
"$root/unknot" habit add stretching/cat-cow >/dev/null   # builds the CLI first if needed
"$root/unknot" checkin 1 >/dev/null                      # warm-up; starts making the cache if missing

# The launcher's choice: java, its version, the start-up cache and whether it is current yet.
read -r java_cmd java_version cache state <<<"$(UNKNOT_PRINT_JAVA=1 "$root/unknot")"
for _ in $(seq 1 180); do
    [ "$state" = "training" ] || break
    sleep 1
    read -r java_cmd java_version cache state <<<"$(UNKNOT_PRINT_JAVA=1 "$root/unknot")"
done

# A hello-world, compiled once.
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac_cmd="$(dirname "$(readlink -f "$(command -v "$java_cmd")")")/javac"
[ -x "$javac_cmd" ] || javac_cmd="javac"
"$javac_cmd" --release 11 -d "$work/hello" "$work/hello/Hello.java"

now_ms() { date +%s%N | cut -c1-13; }

# Prints the wall time of "$@" in milliseconds.
time_ms() {
    local start end
    start="$(now_ms)"
    "$@" >/dev/null
    end="$(now_ms)"
    echo $((end - start))
}

median() {
    sort -n | awk 'NF { v[++n] = $1 } END { if (n % 2) print v[(n + 1) / 2]; else print (v[n / 2] + v[n / 2 + 1]) / 2 }'
}

# Alternately, so that both see the same load on a shared machine.
hello_times=""
checkin_times=""
for _ in $(seq "$runs"); do
    hello_times+="$(time_ms "$java_cmd" -cp "$work/hello" Hello)"$'\n'
    checkin_times+="$(time_ms "$root/unknot" checkin 1 --before 5 --after 3)"$'\n'
done

hello="$(echo "$hello_times" | median)"
checkin="$(echo "$checkin_times" | median)"
ratio="$(awk -v c="$checkin" -v h="$hello" 'BEGIN { printf "%.1f", c / h }')"

echo "java:                  $java_cmd ($java_version)"
echo "start-up cache:        $cache ($state)"
echo "load average:          $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "runs:                  $runs each"
echo "java hello-world:      ${hello} ms (median)"
echo "unknot checkin:        ${checkin} ms (median)"
echo "ratio:                 ${ratio} (target: at most 8)"
