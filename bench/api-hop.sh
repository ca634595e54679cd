#!/usr/bin/env bash
# What the web port's /api proxy adds: the same API calls (a read and a check-in) straight to the
# API's Netty server and through Jetty's reverse proxy, sequentially (median, p99) and from several
# clients at once (requests per second). Embedded H2 by default; PostgreSQL when
# UNKNOT_DATABASE_URL (with _USER, _PASSWORD) is set.
# Usage: bench/api-hop.sh [REQUESTS per run, default 1000] [CLIENTS, default 4]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cp_file="$root/web-ui/target/bench-classpath.txt"
"$root/mvnw" -f "$root/pom.xml" -B -q -ntp -pl web-ui -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -Xmx1g -cp "$root/web-ui/target/test-classes:$root/web-ui/target/classes:$(cat "$cp_file")" \
    dev.unknot.web.server.ApiHopBenchmark "$@"
