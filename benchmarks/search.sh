#!/usr/bin/env bash
# Public search at a given number of published entries. Usage: benchmarks/search.sh [entries] [clients] [seconds]
# Needs a JDK 21+ as `java` (or JAVA_HOME). Prints latency percentiles and throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl submission-service -am
./mvnw -B -q dependency:build-classpath -pl submission-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark-classpath.txt
exec "$JAVA" -Xmx6g -XX:+UseParallelGC \
  -cp "submission-service/target/test-classes:submission-service/target/classes:$(cat submission-service/target/benchmark-classpath.txt)" \
  org.wsis.submission.benchmark.SearchBenchmark "${1:-10000}" "${2:-2}" "${3:-30}"
