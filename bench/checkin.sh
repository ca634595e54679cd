#!/usr/bin/env bash
# Times `./unknot checkin` on the embedded database against a bare JVM hello-world, and optionally
# against the check-in of another checkout (an older build, say) in the same run.
#
#   bench/checkin.sh [RUNS] [OTHER_ROOT]     (default 10 runs each)
#
# Both check-ins run through their own checkout's launcher, which builds that checkout first when
# needed (into its own target directories) and chooses the Java; the hello-world runs on this
# checkout's choice (UNKNOT_JAVA picks another for all). Each check-in goes into a throwaway
# UNKNOT_HOME of its own with one habit, after one warm-up run (the first run of a new home creates
# and migrates the database) and once that launcher's start-up cache is ready. The runs alternate,
# so that all see the same load on a shared machine. Prints each median in milliseconds, each
# ratio to the hello-world, and this checkout's median over the other's.
set -euo pipefail

runs="${1:-10}"
other="${2:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "$other" ]; then
    other="$(cd "$other" && pwd)"
    [ -x "$other/unknot" ] || { echo "bench/checkin.sh: no unknot launcher in $other" >&2; exit 2; }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

unset UNKNOT_DATABASE_URL UNKNOT_DATABASE_USER UNKNOT_DATABASE_PASSWORD UNKNOT_DATABASE_SCHEMA \
    UNKNOT_TRACE_STARTUP UNKNOT_SERVER UNKNOT_PLUGINS_DIR UNKNOT_HOME

# Prepares checkout $1 on the home $2: builds it if needed, adds the habit, checks in once, and
# waits until its launcher's start-up cache is current. Prints the launcher's choice of Java.
prepare() {
    local checkout="$1" home="$2" java_cmd java_version cache state
    UNKNOT_HOME="$home" "$checkout/unknot" habit add stretching/cat-cow >/dev/null
    UNKNOT_HOME="$home" "$checkout/unknot" checkin 1 >/dev/null
    read -r java_cmd java_version cache state <<<"$(UNKNOT_PRINT_JAVA=1 UNKNOT_HOME="$home" "$checkout/unknot")"
    for _ in $(seq 1 180); do
        [ "$state" = "training" ] || break
        sleep 1
        read -r java_cmd java_version cache state <<<"$(UNKNOT_PRINT_JAVA=1 UNKNOT_HOME="$home" "$checkout/unknot")"
    done
    echo "$java_cmd $java_version $cache $state"
}

read -r java_cmd java_version cache state <<<"$(prepare "$root" "$work/home")"
if [ -n "$other" ]; then
    read -r other_java other_version other_cache other_state <<<"$(prepare "$other" "$work/other-home")"
fi

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

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

hello_times=""
checkin_times=""
other_times=""
for _ in $(seq "$runs"); do
    hello_times+="$(time_ms "$java_cmd" -cp "$work/hello" Hello)"$'\n'
    checkin_times+="$(UNKNOT_HOME="$work/home" time_ms "$root/unknot" checkin 1 --before 5 --after 3)"$'\n'
    if [ -n "$other" ]; then
        other_times+="$(UNKNOT_HOME="$work/other-home" time_ms "$other/unknot" checkin 1 --before 5 --after 3)"$'\n'
    fi
done

hello="$(echo "$hello_times" | median)"
checkin="$(echo "$checkin_times" | median)"

echo "java:                  $java_cmd ($java_version)"
echo "start-up cache:        $cache ($state)"
echo "load average:          $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "runs:                  $runs each"
echo "java hello-world:      ${hello} ms (median)"
echo "unknot checkin:        ${checkin} ms (median), $(ratio "$checkin" "$hello") x the hello-world"
if [ -n "$other" ]; then
    other_checkin="$(echo "$other_times" | median)"
    echo "other checkout:        $other"
    echo "  its java:            $other_java ($other_version)"
    echo "  its start-up cache:  $other_cache ($other_state)"
    echo "  its checkin:         ${other_checkin} ms (median), $(ratio "$other_checkin" "$hello") x the hello-world"
    echo "this / other:          $(ratio "$checkin" "$other_checkin")"
fi
