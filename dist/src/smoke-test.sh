#!/usr/bin/env bash
# The distribution's smoke test (CI runs it after ./mvnw -Pdist package): unpack the tarball into
# a temporary directory, run it with no java on the PATH and no JAVA_HOME, check that the web UI
# answers, that /health is up, and that bin/unknot checkin works; lint the systemd unit.
#
# Usage: smoke-test.sh dist/target/unknot-VERSION.tar.gz [PORT]
set -euo pipefail
tarball="$(readlink -f "$1")"
port="${2:-18932}"
work="$(mktemp -d)"
web_pid=""
# Keeps the script's own exit status: the server's (143 after the kill) must not replace it.
cleanup() {
    local status=$?
    if [ -n "$web_pid" ]; then
        kill "$web_pid" 2>/dev/null || true
        wait "$web_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

tar -xzf "$tarball" -C "$work"
dist="$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'unknot-*')"
# A PATH with the basic tools and no java at all.
bare="$work/bare-path"
mkdir -p "$bare"
for tool in bash sh env readlink dirname basename cat mkdir rm sed tr head tail grep sort mktemp find; do
    ln -s "$(command -v "$tool")" "$bare/$tool"
done
run() { env -i HOME="$work" PATH="$bare" UNKNOT_HOME="$work/home" "$@"; }
if run bash -c 'command -v java' >/dev/null; then
    echo "smoke-test: java is on the bare PATH" >&2
    exit 1
fi

# exec, so that the pid kept is the server's own and the clean-up stops the server, not a subshell.
(exec env -i HOME="$work" PATH="$bare" UNKNOT_HOME="$work/home" UNKNOT_PORT="$port" "$dist/bin/unknot" web) \
    > "$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null && break
    kill -0 "$web_pid" 2>/dev/null || { cat "$work/web.log"; exit 1; }
    sleep 1
done
curl -fsS "http://localhost:$port/" | grep -qi '<html' || { cat "$work/web.log"; exit 1; }
curl -fsS "http://localhost:$port/health/readiness" | grep -q '"status":"UP"' || { cat "$work/web.log"; exit 1; }
echo "smoke-test: the distribution's web server answered on port $port with no java on the PATH"

run "$dist/bin/unknot" habit add stretching/cat-cow > /dev/null
run "$dist/bin/unknot" checkin 1 --before 6 --after 3 | tee "$work/checkin.txt"
grep -q . "$work/checkin.txt"
run "$dist/bin/unknot" backup "$work/backup.zip" > /dev/null
echo "smoke-test: bin/unknot checkin and backup work beside the running server"

if command -v systemd-analyze >/dev/null; then
    sed "s|/opt/unknot/|$dist/|g" "$dist/share/unknot.service" > "$work/unknot.service"
    systemd-analyze verify "$work/unknot.service"
    echo "smoke-test: systemd-analyze verify found nothing wrong with the unit"
fi
echo "smoke-test: passed"
