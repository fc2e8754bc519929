#!/usr/bin/env bash
# A whole edition's public vote through the HTTP endpoint into exact tallies.
# Usage: benchmarks/votes.sh [ballots] [clients] [nominees per category]
# Needs a JDK 21+ as `java` (or JAVA_HOME). Prints throughput, latency percentiles, lag to tally and
# whether the tallies equal the accepted votes.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl prize-service -am
./mvnw -B -q dependency:build-classpath -pl prize-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
exec "$JAVA" -Xmx8g -XX:+UseParallelGC \
  -cp "prize-service/target/test-classes:prize-service/target/classes:$(cat prize-service/target/benchmark-classpath.txt)" \
  org.wsis.prize.benchmark.VoteBenchmark "${1:-1500000}" "${2:-8}" "${3:-20}"
