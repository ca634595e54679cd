#!/usr/bin/env bash
# Builds unknot-VERSION.tar.gz from the web UI's and the CLI's target/ directories:
#
#   unknot-VERSION/bin/unknot      the same commands as the repository's ./unknot
#   unknot-VERSION/runtime/        a Java runtime trimmed by jlink to the modules jdeps finds
#   unknot-VERSION/lib/            every jar once; web.classpath and cli.classpath name each side's
#   unknot-VERSION/share/          the systemd unit, Dockerfile and compose.yaml
#
# Usage: build-dist.sh VERSION REPOSITORY_ROOT OUTPUT_DIRECTORY (run by ./mvnw -Pdist package).
set -euo pipefail

version="$1"
root="$(cd "$2" && pwd)"
out="$3"
name="unknot-$version"
stage="$out/$name"
web="$root/web-ui/target"
cli="$root/cli/target"

for jar in "$web/unknot-web-ui.jar" "$cli/unknot-cli.jar"; do
    [ -f "$jar" ] || { echo "build-dist: $jar is missing; build with ./mvnw -Pdist package" >&2; exit 1; }
done
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
[ -x "$jdk/bin/jlink" ] || { echo "build-dist: no jlink in $jdk (a JDK 17 is needed)" >&2; exit 1; }

rm -rf "$stage" "$out/$name.tar.gz"
mkdir -p "$stage/bin" "$stage/lib" "$stage/share"

# Every jar once; each front end's class path lists its own, in its own order.
classpath_of() {
    local main="$1" dir="$2" list="$3"
    cp "$main" "$stage/lib/"
    basename "$main" > "$stage/lib/$list"
    for jar in "$dir"/lib/*.jar; do
        cp -n "$jar" "$stage/lib/"
        basename "$jar" >> "$stage/lib/$list"
    done
}
classpath_of "$web/unknot-web-ui.jar" "$web" web.classpath
classpath_of "$cli/unknot-cli.jar" "$cli" cli.classpath

# The modules the jars use (jdeps), plus what only reflection or a service reaches: elliptic-curve
# TLS to a PostgreSQL server, the zip file system, JMX's platform beans for the JVM's metrics, DNS.
modules="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 -q \
    --class-path "$stage/lib/*" "$stage"/lib/unknot-*.jar)"
modules="$modules,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.charsets"
echo "build-dist: jlink with $modules"
"$jdk/bin/jlink" --add-modules "$modules" --output "$stage/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

cp "$root/dist/src/unknot" "$stage/bin/unknot"
chmod 755 "$stage/bin/unknot"
cp "$root/dist/src/unknot.service" "$root/dist/src/Dockerfile" "$root/dist/src/compose.yaml" "$stage/share/"
printf '%s\n' "$version" > "$stage/VERSION"

# A class-data-sharing archive of what a check-in loads, made by the runtime itself on a throwaway
# home: the CLI starts faster with it (bin/unknot names the jars so that it holds wherever the
# tarball is unpacked).
training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT
UNKNOT_HOME="$training/home" UNKNOT_DIST_TRAINING="$stage/lib/unknot-cli.jsa" "$stage/bin/unknot" habit add stretching/cat-cow >/dev/null
UNKNOT_HOME="$training/home" UNKNOT_DIST_TRAINING="$stage/lib/unknot-cli.jsa" "$stage/bin/unknot" checkin 1 --before 5 --after 3 >/dev/null
[ -s "$stage/lib/unknot-cli.jsa" ] || echo "build-dist: no class-data-sharing archive was written; the CLI runs without" >&2

# The same for the web server: what its start and first page load, written when it stops. It starts
# on a free port, given in its log line "Unknot is running at http://localhost:PORT/".
web_log="$training/web.log"
UNKNOT_HOME="$training/web-home" UNKNOT_PORT=0 UNKNOT_DIST_TRAINING="$stage/lib/unknot-web.jsa" \
    "$stage/bin/unknot" web > "$web_log" 2>&1 &
web_pid=$!
url=""
for _ in $(seq 1 600); do
    url="$(sed -n 's|.*Unknot is running at \(http://localhost:[0-9]*/\).*|\1|p' "$web_log")"
    if [ -n "$url" ] || ! kill -0 "$web_pid" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
if [ -n "$url" ]; then
    for page in "" login health/readiness; do
        curl -fsS -o /dev/null "$url$page" || echo "build-dist: ${url}$page did not answer while training" >&2
    done
fi
kill -TERM "$web_pid" 2>/dev/null || true
wait "$web_pid" || true
[ -s "$stage/lib/unknot-web.jsa" ] || { echo "build-dist: no archive for the web server; it runs without" >&2; cat "$web_log" >&2; }

tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "build-dist: $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
