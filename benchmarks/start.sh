#!/usr/bin/env bash
# Times the README's run command as a newcomer meets it: pasted in a fresh clone of this repository
# (the build included; Maven's local repository as it is on this machine), stopped as Ctrl-C stops it, and
# pasted again. For each start it prints the seconds from the command to the banner, the launcher's own
# "ready in" (its part after the build), and how long the stop took.
# Usage: benchmarks/start.sh   (the local stack's ports must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  echo "Port 8080 is taken: stop the running local stack first." >&2
  exit 2
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work=$(mktemp -d)
running=
# However the script ends (a failed start, Ctrl-C), the stack it started stops and the clone goes.
cleanup() {
  if [ -n "$running" ]; then
    # During the build, the subshell's child is Maven: stop it too, before its sources go.
    pkill -TERM -P "$running" 2>/dev/null || true
    kill -TERM "$running" 2>/dev/null || true
    wait "$running" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
git clone -q "$PWD" "$work/wsis"
cd "$work/wsis"

start() {
  local label=$1 out="$work/$1.out" began ready stopped
  began=$(date +%s.%N)
  # The README's command, as pasted; exec makes the launcher the process that Ctrl-C reaches.
  (./mvnw -B -DskipTests package && exec "$JAVA" -jar platform/local-stack/target/local-stack-exec.jar) \
    > "$out" 2>&1 &
  local pid=$!
  running=$pid
  for _ in $(seq 1 1200); do
    grep -q "WSIS platform is running" "$out" && break
    kill -0 "$pid" 2>/dev/null || { cat "$out"; exit 1; }
    sleep 0.5
  done
  grep -q "WSIS platform is running" "$out" || { echo "$label: the stack did not start" >&2; cat "$out"; exit 1; }
  ready=$(date +%s.%N)
  # The stop Ctrl-C gives (the launcher's shutdown hook), sent as SIGTERM: a script started in the
  # background has SIGINT ignored, and so would the launcher.
  kill -TERM "$pid"
  wait "$pid" || true
  running=
  stopped=$(date +%s.%N)
  awk -v label="$label" -v began="$began" -v ready="$ready" -v stopped="$stopped" \
    -v launcher="$(grep -o 'WSIS platform ready in [0-9]* s' "$out" | sed 's/WSIS platform //' || echo '?')" \
    'BEGIN { printf "%s: ready %.0f s after the command (the launcher: %s), stopped in %.0f s\n", label, ready - began, launcher, stopped - ready }'
}

start "first start (fresh clone)"
start "second start"
