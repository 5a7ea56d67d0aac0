#!/usr/bin/env bash
# Load benchmark against the packaged jar with an external load generator (wrk, Debian package):
# 5,000 organisations imported through the CSV import, 20 signed-in people on 20 connections.
# Prints p50, p95, p99 and throughput per page: first with each connection asking again as soon
# as it is answered (the server's capacity), then as 20 people who read each page for about a
# second before the next click (THINK_MS, 1000 by default). Unlike `./mvnw -Pbench verify`, the load
# generator here is a small C program, so the figures show the server rather than the client.
# usage: bench/load.sh   (needs wrk and curl; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f target/lantern.jar ] || ./mvnw -q -DskipTests package
port=${PORT:-18081}
work=$(mktemp -d)
base="http://127.0.0.1:$port"

LANTERN_DATA_DIR="$work/data" SERVER_PORT=$port "$JAVA_HOME/bin/java" -jar target/lantern.jar >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$base/actuator/health" | grep -q '"UP"'; do sleep 0.2; done
# the demo data is written in one transaction just after the application reports healthy
until curl -sf "$base/sign-in" | grep -q 'admin@eastmere.example'; do sleep 0.5; done

sign_in() { # $1 email -> prints the SESSION cookie value
  local jar="$work/jar-$RANDOM" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/sign-in" --data-urlencode "email=$1" --data-urlencode "password=demo" --data-urlencode "_csrf=$token"
  awk '$6 == "SESSION" {print $7}' "$jar"
}

# 5,000 organisations through the import, as a business unit would load them
csv="$work/organisations.csv"
echo "name,type,school_phase,sector,code_scheme,official_code,address_line1,address_line2,town,postcode,lead_name,lead_email,lead_phone,active" >"$csv"
for i in $(seq -w 1 5000); do
  if (( 10#$i % 5 == 0 )); then echo "Bench School $i,SCHOOL,PRIMARY,PUBLIC,,,,,Eastmere,EM9 9ZZ,,,,yes"; else echo "Bench Agency $i,CHARITY,,VOLUNTARY,,,,,Eastmere,EM9 9ZZ,,,,yes"; fi
done >>"$csv"
admin=$(sign_in admin@eastmere.example)
page=$(curl -s -H "Cookie: SESSION=$admin" "$base/organisations/import")
token=$(echo "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o "$work/import.html" -H "Cookie: SESSION=$admin" -F "_csrf=$token" -F "file=@$csv;type=text/csv" "$base/organisations/import"
grep -o '[0-9,]* added' "$work/import.html" | head -1 | sed 's/^/import: /'

signed_in=""; anonymous=""
for i in $(seq 1 20); do
  signed_in+="$(sign_in business.unit@eastmere.example),"
  jar="$work/anon-$i"; curl -s -c "$jar" -o /dev/null "$base/sign-in"; anonymous+="$(awk '$6 == "SESSION" {print $7}' "$jar"),"
done

echo "Lantern load benchmark: $(nproc) cores, 20 connections, 20 signed-in sessions, wrk"
for path in "/actuator/health" "/sign-in" "/organisations?q=school" "/organisations?q=bench&type=CHARITY&page=3"; do
  case "$path" in
    /actuator/health) s="" ;;            # no session at all
    /sign-in) s="$anonymous" ;;          # visitors who have not signed in yet
    *) s="$signed_in" ;;
  esac
  SESSIONS="$s" wrk -t2 -c20 -d15s -s bench/percentiles.lua "$base$path" >/dev/null   # warm-up
  printf '%-48s ' "GET $path"
  SESSIONS="$s" wrk -t2 -c20 -d20s -s bench/percentiles.lua "$base$path" | tail -1
done
echo "The same 20 people, each reading a page for ${THINK_MS:=1000} ms on average before the next click"
for path in "/sign-in" "/organisations?q=school" "/organisations?q=bench&type=CHARITY&page=3"; do
  s="$signed_in"; [ "$path" = /sign-in ] && s="$anonymous"
  printf '%-48s ' "GET $path"
  THINK_MS=$THINK_MS SESSIONS="$s" wrk -t2 -c20 -d20s -s bench/percentiles.lua "$base$path" | tail -1
done
