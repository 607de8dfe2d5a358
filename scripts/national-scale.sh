#!/usr/bin/env bash
# National scale (#8.6): starts the packaged application on its own data directory and loopback port, fills its
# embedded PostgreSQL with the national data set (scripts/NationalDataset.java: 250 titles, 1,000 centres, 100,000
# sessions over 5 years, 1,000,000 candidates with enrolments and outcomes), timed, then measures the pages with
# scripts/LoadTest.java as the region's authority (national-dreets) and as a centre's staff (national-admin).
#
#   scripts/national-scale.sh [SCALE] [DURATION_SECONDS]     (defaults 1.0 and 30)
#
# Environment: PORT (default 18183), WORK (default app/target/national; wiped unless KEEP=1, in which case the data
# already generated is reused and the generator is skipped), JAR, JAVA_OPTS (server, default -Xmx1g), USERS (default 10),
# EXTRA_PAGES (comma-separated, added to the authority's pages). Loopback only, time-bounded.
set -euo pipefail
SCALE=${1:-1.0}
DURATION=${2:-30}
PORT=${PORT:-18183}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/app/target/national}
JAR=${JAR:-$ROOT/app/target/sessiontp.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
USERS=${USERS:-10}
DATA="$WORK/data"
PGJAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

# shellcheck source=scripts/app-under-test.sh
source "$ROOT/scripts/app-under-test.sh"
[[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK"
start_app
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
echo "application up in $APP_STARTED_IN s; embedded PostgreSQL on port $PGPORT; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${KEEP:-0}" != 1 || ! -s "$WORK/generator.out" ]]; then
  echo "generating the national data set (scale $SCALE)"
  /usr/bin/time -v -o "$WORK/generator.time" timeout 3600 java -Xmx3g -cp "$PGJAR" "$ROOT/scripts/NationalDataset.java" \
    --url "jdbc:postgresql://127.0.0.1:$PGPORT/postgres" --scale "$SCALE" | tee "$WORK/generator.out"
  grep -E "Elapsed|Maximum resident" "$WORK/generator.time" || true
elif ! grep -q "general PVs" "$WORK/generator.out"; then
  echo "adding the PVs to the kept data set (generated before the generator wrote them)"
  timeout 3600 java -cp "$PGJAR" "$ROOT/scripts/NationalDataset.java" \
    --url "jdbc:postgresql://127.0.0.1:$PGPORT/postgres" --step reports | tee -a "$WORK/generator.out"
fi
SESSION=$(sed -n 's/^SESSION_IN_IDF=//p' "$WORK/generator.out")
CENTRE_SESSION=$(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c \
  "select s.id from exam_session s join app_user u on u.centre_id = s.centre_id where u.username = 'national-admin' order by s.start_date desc limit 1")
psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c \
  "select 'rows: ' || (select count(*) from exam_session) || ' sessions, ' || (select count(*) from candidate) || ' candidates, '
          || (select count(*) from enrolment) || ' enrolments, ' || (select count(*) from eval_deliberation) || ' outcomes, '
          || (select count(*) from report_version) || ' PVs, ' || (select count(*) from report_line) || ' PV lines; database '
          || pg_size_pretty(pg_database_size('postgres'))"

run() {
  local account=$1 pages=$2
  echo
  timeout $(( DURATION + 300 )) java -Xmx512m "$ROOT/scripts/LoadTest.java" --base "http://127.0.0.1:$PORT" \
    --credentials "$DATA/demo-credentials.txt" --accounts "$account" --users "$USERS" --duration "$DURATION" \
    --server-pid "$APP_PID" --pg-pid "$(head -1 "$DATA/postgres/postmaster.pid")" --warmup 10 --think-ms 0 --pages "$pages"
}
SENT=$(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c \
  "select s.id from exam_session s join centre c on c.id = s.centre_id where c.region = 'Île-de-France'
   and exists (select 1 from report_transmission r where r.session_id = s.id) order by s.end_date desc limit 1")
AUTH_PAGES="/,/?page=100,/sessions/$SESSION,/authority,/authority/dashboard${SENT:+,/authority/sessions/$SENT}${EXTRA_PAGES:+,$EXTRA_PAGES}"
run "national-dreets=dreets" "$AUTH_PAGES"
run "national-admin=admin" "/,/sessions/$CENTRE_SESSION,/people/candidates"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
