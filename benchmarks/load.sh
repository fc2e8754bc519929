#!/usr/bin/env bash
# A load scenario through the public HTTP API of a freshly started local stack, with the raw limits of
# the same machine measured in the same run. Usage:
#   benchmarks/load.sh votes   [-Dvoters=1000] [-Dseconds=60] [-DwarmUpVoters=200]
#   benchmarks/load.sh search  [-Dclients=4] [-Dseconds=60]      (WSIS_DEMO_ENTRIES=10000 by default)
#   benchmarks/load.sh submit  [-DperSecond=2] [-Dseconds=60]
# Each scenario first warms up for -DwarmUpSeconds=20 (timed apart).
# Needs a JDK 21+ as `java` (or JAVA_HOME) and the ports of the local stack free (no other stack running).
# Prints Gatling's statistics and the harness's own lines (raw limits, set-up, CORRECT: yes/no); the
# HTML report is under benchmarks/load/target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
scenario="${1:?usage: benchmarks/load.sh votes|search|submit [-Dname=value ...]}"
shift
case "$scenario" in
  votes) simulation=VotingBurst; entries="${WSIS_DEMO_ENTRIES:-500}" ;;
  search) simulation=PublicSearch; entries="${WSIS_DEMO_ENTRIES:-10000}" ;;
  submit) simulation=SubmitToMail; entries="${WSIS_DEMO_ENTRIES:-500}" ;;
  *) echo "unknown scenario $scenario (votes, search, submit)" >&2; exit 2 ;;
esac
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  echo "Port 8080 is taken: stop the running local stack first." >&2
  exit 2
fi

./mvnw -B -q -DskipTests package
data="$PWD/benchmarks/load/target/stack-$scenario"
rm -rf "$data" benchmarks/load/target/load-report.txt
mkdir -p "$data"
# Every simulated person comes from loopback, one network: the per-network vote limit is lifted. The
# services and the portal run with the full JIT, as deployed (the local stack's default stops at the first
# tier to start fast), and the serial collector: eight JVMs share the machine's cores. One request in ten
# is traced, as a deployment samples (the local stack traces every request by default).
WSIS_DATA_DIR="$data" WSIS_DEMO_ENTRIES="$entries" WSIS_PRIZE_VOTESPERMINUTE_NETWORK=1000000000 \
  WSIS_TRACES_SAMPLING="${WSIS_TRACES_SAMPLING:-0.1}" \
  WSIS_SERVICE_JVM_OPTIONS="${WSIS_SERVICE_JVM_OPTIONS:--XX:+UseSerialGC -Xmx512m -Xss512k}" \
  "$JAVA" -jar platform/local-stack/target/local-stack-exec.jar > "$data/stack.out" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null; wait $stack 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q "WSIS platform is running" "$data/stack.out" && break
  kill -0 $stack 2>/dev/null || { cat "$data/stack.out"; exit 1; }
  sleep 1
done
grep -q "WSIS platform is running" "$data/stack.out" || { echo "The stack did not start" >&2; exit 1; }
# Searches are measured on a full index: wait until the demonstration entries are all public.
if [ "$scenario" = search ]; then
  for _ in $(seq 1 600); do
    total=$(curl -s 'http://localhost:8080/api/entries?size=1' | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    [ "${total:-0}" -ge "$entries" ] && break
    sleep 1
  done
fi

./mvnw -B -f benchmarks/load/pom.xml gatling:test -Dgatling.simulationClass="org.wsis.load.$simulation" \
  -Dwsis.data="$data" -Dwsis.report="$PWD/benchmarks/load/target/load-report.txt" "$@"
echo
cat benchmarks/load/target/load-report.txt
