#!/usr/bin/env bash
# Crash safety (#8.4): kills the application with SIGKILL in the middle of a large candidate import and checks, after a
# restart, that the import is all or nothing and that the audit chain is intact.
#
#   scripts/crash-test.sh [ROUNDS] [ROWS]          (defaults: 3 rounds, 5000 rows = the import's maximum)
#
# Environment: PORT (default 18181), WORK (default app/target/crash-test, wiped at start), JAR (default
# app/target/sessiontp.jar, built with `./mvnw -q -DskipTests package` when missing), JAVA_OPTS.
#
# Loopback only (server.address=127.0.0.1), time-bounded (every wait has a deadline; the whole run stops after
# MAX_SECONDS, default 1200). Needs curl and psql (PostgreSQL client) on the PATH.
#
# The embedded PostgreSQL is a child process of the JVM that survives a SIGKILL of the JVM: the old postmaster keeps
# its postmaster.pid lock and a restart on the same data directory would fail. After each kill the script finds the
# stray postmaster from DATA/postgres/postmaster.pid and stops it with SIGQUIT (PostgreSQL's "immediate shutdown": no
# checkpoint, so the next start runs WAL crash recovery, as after a power cut), then waits for it to exit.
set -euo pipefail

ROUNDS=${1:-3}
ROWS=${2:-5000}
PORT=${PORT:-18181}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/app/target/crash-test}
JAR=${JAR:-$ROOT/app/target/sessiontp.jar}
MAX_SECONDS=${MAX_SECONDS:-1200}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
BASE="http://127.0.0.1:$PORT"
DATA="$WORK/data"
PGDATA_DIR="$DATA/postgres"
START_EPOCH=$(date +%s)
APP_PID=""
FAILURES=0
RESULTS=()

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
deadline_check() {
  if (( $(date +%s) - START_EPOCH > MAX_SECONDS )); then
    log "FAIL: time limit of ${MAX_SECONDS}s exceeded"; cleanup; exit 2
  fi
}

stray_postmaster() {
  if [[ -f "$PGDATA_DIR/postmaster.pid" ]]; then
    local pid; pid=$(head -1 "$PGDATA_DIR/postmaster.pid")
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
  fi
}

stop_stray_postmaster() {
  local pid; pid=$(stray_postmaster || true)
  if [[ -n "$pid" ]]; then
    log "stray postmaster $pid still running after the kill: SIGQUIT (immediate shutdown, crash recovery at next start)"
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then log "postmaster $pid still alive: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; sleep 1; fi
  fi
}

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  stop_stray_postmaster
}
trap cleanup EXIT

pg_port() { sed -n 4p "$PGDATA_DIR/postmaster.pid"; }
sql() { PGCONNECT_TIMEOUT=5 psql -X -q -t -A -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -c "$1"; }

APP_ARGS=(--server.address=127.0.0.1 --server.port="$PORT"
  --sessiontp.embedded-db.data-dir="$PGDATA_DIR"
  --sessiontp.demo.credentials-file="$DATA/demo-credentials.txt"
  --sessiontp.documents.seal-secret-file="$DATA/seal-secret")

start_app() {
  log "starting the application (port $PORT, data $DATA)"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s)
  until curl -s -o /dev/null --max-time 2 "$BASE/login"; do
    kill -0 "$APP_PID" 2>/dev/null || { log "FAIL: the application did not start (see $WORK/app.log)"; exit 1; }
    (( $(date +%s) - t0 > 240 )) && { log "FAIL: the application did not answer within 240 s"; exit 1; }
    sleep 1
  done
  # The demo data and its credentials file are written by a runner after the web server is up (first start).
  until [[ -s "$DATA/demo-credentials.txt" ]] && grep -q "demo-credentials" "$WORK/app.log"; do
    (( $(date +%s) - t0 > 300 )) && { log "FAIL: no demo credentials within 300 s"; exit 1; }
    sleep 1
  done
  log "application up in $(( $(date +%s) - t0 )) s (pid $APP_PID)"
}

csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }

login() {
  local jar=$1 admin_pass
  admin_pass=$(awk -F'\t' '$1=="admin"{print $2}' "$DATA/demo-credentials.txt")
  curl -s -c "$jar" -b "$jar" --max-time 20 "$BASE/login" -o "$WORK/login.html"
  curl -s -c "$jar" -b "$jar" --max-time 20 -o /dev/null -w '%{http_code}' "$BASE/login" \
    --data-urlencode "username=admin" --data-urlencode "password=$admin_pass" \
    --data-urlencode "_csrf=$(csrf_of "$WORK/login.html")" | grep -q 302 || { log "FAIL: login refused"; exit 1; }
}

make_csv() {
  local file=$1 run=$2
  {
    printf '\xEF\xBB\xBF'
    echo "Nom de naissance;Nom d'usage;Prénoms;Identifiant;Date de naissance;Courriel;Voie d'accès;Temps majoré (%);Décision DDETS;Formateur"
    for i in $(seq 1 "$ROWS"); do
      echo "CRASH${run};;Candidat $i;CRASH-$run-$i;15/03/1990;crash.$run.$i@exemple.fr;Formation;0;;"
    done
  } >"$file"
}

count_candidates() { sql "select count(*) from candidate where identifier like 'CRASH-%'"; }
count_audit() { sql "select count(*) from audit_entry"; }

# ---------------------------------------------------------------------------------------------------------------------
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
command -v psql >/dev/null || { echo "psql (PostgreSQL client) is needed"; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
log "crash test: $ROUNDS rounds of a $ROWS-row candidate import killed with SIGKILL; $(nproc) CPUs, $(java -version 2>&1 | head -1)"
start_app

# When to kill, per round (cycling): a delay in ms after the import transaction's first write (0 = as soon as it has
# written), or "answered" = after the confirm page came back (the control round: everything must be there).
DELAYS=(0 250 answered 700 1500)
for round in $(seq 1 "$ROUNDS"); do
  deadline_check
  delay=${DELAYS[$(( (round - 1) % ${#DELAYS[@]} ))]}
  jar="$WORK/cookies-$round.txt"
  login "$jar"
  before=$(count_candidates); audit_before=$(count_audit)
  csv="$WORK/import-$round.csv"; make_csv "$csv" "$round"
  curl -s -c "$jar" -b "$jar" --max-time 30 "$BASE/people/candidates/import" -o "$WORK/import-page.html"
  curl -s -c "$jar" -b "$jar" --max-time 120 -o "$WORK/preview-$round.html" "$BASE/people/candidates/import" \
    -F "_csrf=$(csrf_of "$WORK/import-page.html")" -F "file=@$csv;type=text/csv"
  grep -q 'import/confirm' "$WORK/preview-$round.html" || { log "FAIL: the preview refused the file (see $WORK/preview-$round.html)"; exit 1; }
  confirm_csrf=$(csrf_of "$WORK/preview-$round.html")
  t0=$(date +%s%N)
  curl -s -c "$jar" -b "$jar" --max-time 120 -o "$WORK/confirm-$round.html" "$BASE/people/candidates/import/confirm" \
    --data-urlencode "_csrf=$confirm_csrf" &
  curl_pid=$!
  # Wait for the import's transaction to have written (it has a transaction id) or for the request to end.
  written=""
  for _ in $(seq 1 3000); do
    written=$(sql "select count(*) from pg_stat_activity where backend_xid is not null and datname = 'postgres' and pid <> pg_backend_pid()" || echo 0)
    [[ "$written" != "0" ]] && break
    kill -0 "$curl_pid" 2>/dev/null || break
    sleep 0.01
  done
  if [[ "$delay" == answered ]]; then
    wait "$curl_pid" 2>/dev/null || true
  elif [[ "$delay" != "0" ]]; then
    sleep "$(awk "BEGIN{print $delay/1000}")"
  fi
  kill -KILL "$APP_PID"
  killed_after_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  wait "$curl_pid" 2>/dev/null || true
  request_done=$([[ -s "$WORK/confirm-$round.html" ]] && echo "answered" || echo "cut")
  log "round $round: SIGKILL ${killed_after_ms} ms after the confirm was sent (write seen: ${written:-0}, extra delay ${delay} ms, request $request_done)"
  stray=$(stray_postmaster || true)
  stop_stray_postmaster

  log "verify-audit after the crash"
  set +e
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" verify-audit "${APP_ARGS[@]:2}" --sessiontp.demo.enabled=false >"$WORK/verify-$round.out" 2>>"$WORK/verify.log"
  audit_rc=$?
  audit_out=$(grep -a "Journal d'audit" "$WORK/verify-$round.out" | tail -1)
  set -e
  log "verify-audit: rc=$audit_rc $(echo "$audit_out" | tr '\n' ' ')"
  stop_stray_postmaster
  start_app
  after=$(count_candidates); audit_after=$(count_audit)
  imported=$(( after - before ))
  if [[ "$imported" == "0" && "$audit_after" == "$audit_before" ]]; then
    outcome="nothing (rolled back)"
  elif [[ "$imported" == "$ROWS" && "$audit_after" == "$(( audit_before + 1 ))" ]]; then
    outcome="all $ROWS rows (committed before the kill)"
  else
    outcome="HALF-WRITTEN: $imported of $ROWS rows, audit $audit_before -> $audit_after"
  fi
  verdict=PASS
  [[ "$outcome" == HALF* || "$audit_rc" != 0 ]] && { verdict=FAIL; FAILURES=$((FAILURES + 1)); }
  RESULTS+=("round $round: kill at ${killed_after_ms} ms (${delay} ms after the first write, stray postmaster: ${stray:-none}); after restart: $outcome; verify-audit rc=$audit_rc -> $verdict")
  log "round $round: $verdict ($outcome)"
done

cleanup
echo
echo "==== crash test summary ($ROUNDS rounds, $ROWS rows per import, $(date -u +%FT%TZ)) ===="
printf '%s\n' "${RESULTS[@]}"
if (( FAILURES == 0 )); then echo "PASS"; else echo "FAIL ($FAILURES round(s))"; exit 1; fi
