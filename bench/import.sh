#!/usr/bin/env bash
# Times `./unknot import --yes` of a Loop Habit Tracker history of 20 habits over 5 years (its
# backup, .db, and its CSV export, .zip), into a fresh home on the embedded H2 database and, given
# a PostgreSQL URL, on PostgreSQL (each run in a schema of its own). Each import is timed twice:
# into the fresh home, and again (the same file, which adds nothing). The files are made by the
# tests' generator (app/src/test/.../LoopFiles), ending yesterday.
#
#   bench/import.sh [jdbc:postgresql://HOST:PORT/DATABASE [USER]]
#
# Prints wall-clock milliseconds per run, JVM start included, with the machine's load.
set -euo pipefail

pg_url="${1:-}"
pg_user="${2:-postgres}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/unknot-import-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
unset UNKNOT_DATABASE_URL UNKNOT_DATABASE_USER UNKNOT_DATABASE_PASSWORD UNKNOT_DATABASE_SCHEMA UNKNOT_SERVER

"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -Dspotless.check.skip=true -pl app -am test-compile
repo="$(cd ~/.m2/repository && pwd)"
version="$(sed -n 's:.*<sqlite-jdbc.version>\(.*\)</sqlite-jdbc.version>.*:\1:p' "$root/pom.xml")"
classpath="$root/app/target/test-classes:$repo/org/xerial/sqlite-jdbc/$version/sqlite-jdbc-$version.jar"
classpath="$classpath:$(find "$repo/org/slf4j/slf4j-api" -name 'slf4j-api-2*.jar' | sort | tail -1)"
yesterday="$(date -u -d yesterday +%F)"
java -cp "$classpath" dev.unknot.app.testing.LoopFiles "$work" "$yesterday"
ls -l "$work"/loop-large.* | awk '{print $5, $9}'

millis() { date +%s%3N; }

# Runs one import of file $2 into the home described by the environment, labelled $1.
timed() {
    local start end out
    start="$(millis)"
    out="$("$root/unknot" import "$2" --yes)"
    end="$(millis)"
    printf '%-28s %6d ms  %s\n' "$1" "$((end - start))" "$out"
}

echo "load: $(uptime)"
for kind in db zip; do
    file="$work/loop-large.$kind"
    export UNKNOT_HOME="$work/home-h2-$kind"
    "$root/unknot" habits > /dev/null # creates and migrates the database: not part of the import
    timed "H2 $kind, fresh" "$file"
    timed "H2 $kind, again" "$file"
    if [ -n "$pg_url" ]; then
        export UNKNOT_HOME="$work/home-pg-$kind"
        export UNKNOT_DATABASE_URL="$pg_url" UNKNOT_DATABASE_USER="$pg_user"
        export UNKNOT_DATABASE_SCHEMA="import_bench_$(date +%s)_$kind"
        "$root/unknot" habits > /dev/null
        timed "PostgreSQL $kind, fresh" "$file"
        timed "PostgreSQL $kind, again" "$file"
        unset UNKNOT_DATABASE_URL UNKNOT_DATABASE_USER UNKNOT_DATABASE_SCHEMA
    fi
done
echo "load: $(uptime)"
