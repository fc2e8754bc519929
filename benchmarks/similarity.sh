#!/usr/bin/env bash
# How good "who else addresses a similar issue" is, on the labelled set (benchmarks/convening/labelled-issues.jsonl).
# Usage: benchmarks/similarity.sh. Needs a JDK 21+ as `java` (or JAVA_HOME). Prints precision@5 (overall, per
# language, per theme, and on each half of the set) and the themes found, with the labels of their issues.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -DskipTests install -pl convening-service -am
./mvnw -B -q dependency:build-classpath -pl convening-service \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/similarity-classpath.txt
exec "$JAVA" -cp "convening-service/target/test-classes:convening-service/target/classes:$(cat convening-service/target/similarity-classpath.txt)" \
  org.wsis.convening.directory.SimilarityQuality
