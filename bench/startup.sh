#!/usr/bin/env bash
# Measures the time from `java -jar target/lantern.jar` to /actuator/health answering UP:
# the first start (empty data directory: initdb, migrations, demo data) and a later start.
# usage: bench/startup.sh   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -f target/lantern.jar ] || ./mvnw -q -DskipTests package
data=$(mktemp -d)
port=${PORT:-18080}

start_once() {
  local label=$1 t0 pid
  t0=$(date +%s.%N)
  LANTERN_DATA_DIR="$data" SERVER_PORT=$port "$JAVA_HOME/bin/java" -jar target/lantern.jar >"$data/$label.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "Lantern exited; see $data/$label.log"; exit 1; }
    sleep 0.1
  done
  printf '%-14s %5.1f s to healthy\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc)"
  kill $pid; wait $pid 2>/dev/null || true
}

start_once "first start"
start_once "later start"
start_once "later start"
rm -rf "$data"
