#!/usr/bin/env bash
# Load benchmark of the action tracker against the packaged jar, with wrk as the load generator:
# 100,000 actions written straight into the embedded database (psql), then 20 signed-in people
# on 20 connections asking for filtered lists (each page also shows the overdue count), and one
# export of every action. Prints p50, p95, p99 and throughput per page, and the export's time.
# usage: bench/actions-load.sh   (needs wrk, psql and curl: apt-get install wrk postgresql-client)
#        PATHS='/actions /actions/mine' bench/actions-load.sh   only those pages, no export
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done
[ -f target/lantern.jar ] || ./mvnw -q -DskipTests package
port=${PORT:-18082}
work=$(mktemp -d)
base="http://127.0.0.1:$port"

LANTERN_DATA_DIR="$work/data" SERVER_PORT=$port "$JAVA_HOME/bin/java" -Xmx512m ${JAVA_OPTS:-} -jar target/lantern.jar >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$base/actuator/health" | grep -q '"UP"'; do sleep 0.2; done

# the embedded PostgreSQL's port is the fourth line of its postmaster.pid
export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres PGPORT=$(sed -n 4p "$work/data/pg/postmaster.pid")
# the demo partnership is loaded in one transaction just after start; wait until its organisations are there
until [ "$(psql -tA -c 'SELECT count(*) FROM organisation' 2>/dev/null || echo 0)" -gt 0 ]; do sleep 0.5; done
psql -q <<'SQL'
INSERT INTO action_item (title, source_kind, source_id, source_title, owner_organisation_id, due_date, status,
    closed_reason, finished_on, created_at)
SELECT 'Bench action ' || g,
       (ARRAY['BUSINESS_PLAN','CASE_REVIEW','RAPID_REVIEW','SECTION_11','MULTI_AGENCY_AUDIT','INSPECTION','SCRUTINY','MEETING_DECISION'])[1 + g % 8],
       'bench-' || (g % 500), 'Bench source ' || (g % 500), orgs[1 + g % array_length(orgs, 1)],
       current_date + ((g * 7919) % 1460 - 730),
       (ARRAY['NOT_STARTED','NOT_STARTED','NOT_STARTED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED','COMPLETED','COMPLETED','CLOSED'])[1 + g % 10],
       CASE WHEN g % 10 = 9 THEN 'Superseded' END, CASE WHEN g % 10 >= 6 THEN current_date - (g % 300) END,
       now() - make_interval(days => g % 700)
FROM generate_series(1, 100000) g, (SELECT array_agg(id ORDER BY id) AS orgs FROM organisation) o;
VACUUM ANALYZE action_item;
SQL
police=$(psql -tA -c "SELECT id FROM organisation WHERE name = 'Eastmere Police'")
echo "actions: $(psql -tA -c 'SELECT count(*) FROM action_item'), overdue: $(psql -tA -c "SELECT count(*) FROM action_item WHERE status IN ('NOT_STARTED','IN_PROGRESS') AND due_date < current_date")"

sign_in() { # $1 email -> prints the SESSION cookie value
  local jar="$work/jar-$RANDOM" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null "$base/sign-in" --data-urlencode "email=$1" --data-urlencode "password=demo" --data-urlencode "_csrf=$token"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
business_unit=""; agency_lead=""
for i in $(seq 1 20); do
  business_unit+="$(sign_in business.unit@eastmere.example),"
  agency_lead+="$(sign_in agency.lead@eastmere.example),"
done

echo "Lantern action tracker load benchmark: $(nproc) cores, 20 connections, 20 signed-in sessions, wrk"
paths=${PATHS:-"/actions /actions?status=IN_PROGRESS&source=CASE_REVIEW&page=5 /actions?overdue=true&owner=$police /actions?rag=AMBER&dueSoon=true /actions?q=action+4242 /actions?q=4242 /actions/mine"}
# warm up every page first (the JIT compiles for a minute or more), then measure each in turn
for round in 1 2; do
  for path in $paths; do
    s="$business_unit"; [ "$path" = "/actions/mine" ] && s="$agency_lead"
    SESSIONS="$s" wrk -t2 -c20 -d10s -s bench/percentiles.lua "$base$path" >/dev/null
  done
done
for path in $paths; do
  s="$business_unit"; [ "$path" = "/actions/mine" ] && s="$agency_lead"
  printf '%-56s ' "GET $path"
  SESSIONS="$s" wrk -t2 -c20 -d20s -s bench/percentiles.lua "$base$path" | tail -1
done
echo "The same 20 people, each reading a page for ${THINK_MS:=1000} ms on average before the next click"
for path in $paths; do
  s="$business_unit"; [ "$path" = "/actions/mine" ] && s="$agency_lead"
  printf '%-56s ' "GET $path"
  THINK_MS=$THINK_MS SESSIONS="$s" wrk -t2 -c20 -d20s -s bench/percentiles.lua "$base$path" | tail -1
done

one=${business_unit%%,*}
[ -n "${PATHS:-}" ] && exit 0   # only the pages asked for
for format in csv xlsx; do
  printf '%-56s ' "GET /actions/export.$format (every action, -Xmx512m)"
  curl -s -o "$work/export.$format" -w '%{time_total} s, %{size_download} bytes\n' -H "Cookie: SESSION=$one" "$base/actions/export.$format"
done
echo "export.csv lines: $(wc -l < "$work/export.csv")"
