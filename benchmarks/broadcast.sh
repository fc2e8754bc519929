#!/usr/bin/env bash
# A broadcast's fan-out to an edition's voters into a local SMTP server.
# Usage: benchmarks/broadcast.sh [recipients] [mails per second] [SMTP connections]
# Needs a JDK 21+ as `java` (or JAVA_HOME). Prints mails per second, and the duplicates and missing
# recipients counted in what the SMTP server received (both must be zero).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl notification-service -am
./mvnw -B -q dependency:build-classpath -pl notification-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
exec "$JAVA" -Xmx8g -XX:+UseParallelGC \
  -cp "notification-service/target/test-classes:notification-service/target/classes:$(cat notification-service/target/benchmark-classpath.txt)" \
  org.wsis.notification.benchmark.BroadcastBenchmark "${1:-100000}" "${2:-2000}" "${3:-4}"
