#!/usr/bin/env bash
# JMH: progress for one habit over 1, 5 and 10 years of daily check-ins (target: < 1 ms at 10 years).
# Usage: bench/progress.sh [extra JMH options, e.g. -p schedule=daily]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -pl bench -am package
exec java -cp "$root/bench/target/unknot-bench.jar:$root/bench/target/lib/*" org.openjdk.jmh.Main \
    ProgressBenchmark "$@"
