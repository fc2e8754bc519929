#!/usr/bin/env bash
# How fast three replicas' outbox relays drain a backlog once the broker returns.
# Usage: benchmarks/outbox.sh [aggregates] [events per aggregate]. Needs a JDK 21+ as `java` (or JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl platform/service-kit -am
./mvnw -B -q dependency:build-classpath -pl platform/service-kit \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
exec "$JAVA" -Xmx4g \
  -cp "platform/service-kit/target/test-classes:platform/service-kit/target/classes:$(cat platform/service-kit/target/benchmark-classpath.txt)" \
  org.wsis.servicekit.sample.OutboxDrainBenchmark "${1:-3000}" "${2:-5}"
