#!/usr/bin/env bash
# Reminders at scale: 2,000 people with 10 daily habits each, all 20,000 reminders due in the same
# minute, delivered by email to a real SMTP server (GreenMail, in the benchmark's process) by the
# server's delivery job on PostgreSQL. Prints the delay from the due minute to receipt (p50, p99;
# target p99 < 60 s), the CPU per reminder and the cost of one run with nothing due.
#
#   bench/reminders.sh [postgres|h2] [PEOPLE] [HABITS]
#
# PostgreSQL comes from UNKNOT_TEST_JDBC_URL / _USER / _PASSWORD (a schema of its own, dropped after).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$root/app/target/bench-classpath.txt"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -DskipTests -Dspotless.check.skip=true -pl app -am test-compile \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} \
    -cp "$root/app/target/test-classes:$root/app/target/classes:$(cat "$cp_file")" \
    dev.unknot.app.bench.ReminderLoad "${1:-postgres}" "${2:-2000}" "${3:-10}"
