#!/usr/bin/env bash
# How fast and how well a WSIS Forum week is programmed: 300 workshops, 30 rooms, 5 days of 8 slots, 600
# convenors, then one room closing for a day. Usage: benchmarks/programme.sh [seconds, default 60] [seed].
# Needs a JDK 21+ as `java` (or JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl convening-service -am
./mvnw -B -q dependency:build-classpath -pl convening-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/programme-classpath.txt
exec "$JAVA" -cp "convening-service/target/test-classes:convening-service/target/classes:$(cat convening-service/target/programme-classpath.txt)" \
  org.wsis.convening.programme.solver.ProgrammeBenchmark "$@"
