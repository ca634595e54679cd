#!/usr/bin/env bash
# Server-side time to build Today, Progress and a habit's own page for 10 daily habits x 5 years
# of check-ins (target: p95 < 50 ms), and where the time goes per service call. The views run on
# Karibu's mocked Vaadin against the embedded database; seeding the 18,250 check-ins comes first.
# Usage: bench/web.sh    (BENCH_JAVA_OPTS adds JVM options)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cp_file="$root/web-ui/target/bench-classpath.txt"
# package, not test-compile: the web tests use the app module's test jar, which only packaging makes.
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -Dspotless.check.skip=true -pl web-ui -am package \
    dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$root/web-ui/target/test-classes:$root/web-ui/target/classes:$(cat "$cp_file")" \
    dev.unknot.web.bench.WebBenchmark "$@"
