#!/usr/bin/env bash
# Crash safety (#8.4): kills the application with SIGKILL in the middle of a write and checks, after a restart, that
# nothing is half-written and that the audit chain is intact. Two modes:
#
#   scripts/crash-test.sh [ROUNDS] [ROWS]              a large candidate import (defaults: 3 rounds, 5000 rows = the
#   scripts/crash-test.sh import [ROUNDS] [ROWS]       import's maximum): all or nothing
#   scripts/crash-test.sh signature [ROUNDS]           PV signatures and countersignatures (default 7 rounds, at most
#                                                      15 = 5 PVs of the demo TSMI session x 3 signers): the signature,
#                                                      its sealed PDF and its audit entry all or nothing, and the same
#                                                      signature made again over HTTP after the restart (or refused as
#                                                      already made)
#
# Environment: PORT (default 18181), WORK (default app/target/crash-test, wiped at start), JAR (default
# app/target/sessiontp.jar, built with `./mvnw -q -DskipTests package` when missing), JAVA_OPTS; signature mode also
# SIGN_DELAYS (default "0 10 30 80 150 committed answered", cycled over the rounds, see run_signature).
#
# Loopback only (server.address=127.0.0.1), time-bounded (every wait has a deadline; the whole run stops after
# MAX_SECONDS, default 1200). Needs curl and psql (PostgreSQL client) on the PATH.
#
# The embedded PostgreSQL is a child process of the JVM that survives a SIGKILL of the JVM: the old postmaster keeps
# its postmaster.pid lock and a restart on the same data directory would fail. After each kill the script finds the
# stray postmaster from DATA/postgres/postmaster.pid and stops it with SIGQUIT (PostgreSQL's "immediate shutdown": no
# checkpoint, so the next start runs WAL crash recovery, as after a crash of the server processes), then waits for it
# to exit.
set -euo pipefail

MODE=import
if [[ "${1:-}" == import || "${1:-}" == signature ]]; then MODE=$1; shift; fi
if [[ "$MODE" == import ]]; then ROUNDS=${1:-3}; else ROUNDS=${1:-7}; fi
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
  java $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}" --sessiontp.demo.enabled=true >>"$WORK/app.log" 2>&1 &
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

# The CSRF token of a page: a form's hidden input, or else the layout's <meta name="_csrf">.
csrf_of() {
  local value
  value=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)".*/\1/' || true)
  [[ -n "$value" ]] || value=$(grep -o 'name="_csrf"[^>]*content="[^"]*"' "$1" | head -1 | sed 's/.*content="\([^"]*\)".*/\1/' || true)
  echo "$value"
}

# login COOKIE_JAR [USER]: a demo user's HTTP session (default admin), password from the credentials file.
login() {
  local jar=$1 user=${2:-admin} pass answer
  pass=$(awk -F'\t' -v u="$user" '$1==u{print $2}' "$DATA/demo-credentials.txt")
  rm -f "$jar"
  curl -s -c "$jar" -b "$jar" --max-time 20 "$BASE/login" -o "$WORK/login.html"
  answer=$(curl -s -c "$jar" -b "$jar" --max-time 20 -o /dev/null -w '%{http_code} %{redirect_url}' "$BASE/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$pass" \
    --data-urlencode "_csrf=$(csrf_of "$WORK/login.html")")
  [[ "$answer" == 302* && "$answer" != *error* ]] || { log "FAIL: login of $user refused ($answer)"; exit 1; }
}

# After a SIGKILL of the JVM (APP_PID): stop the stray postmaster, run `verify-audit` on the stopped data (sets
# AUDIT_RC and AUDIT_OUT; the output is kept in FILE), and start the application again. Sets STRAY.
# (`verify-audit` itself passes --sessiontp.demo.enabled=false; given twice, Spring reads "false,false" and fails.)
recover() {
  local file=$1
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  STRAY=$(stray_postmaster || true)
  stop_stray_postmaster
  verify_audit "$file"
  start_app
}

verify_audit() {
  local file=$1
  log "verify-audit after the crash"
  set +e
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" verify-audit "${APP_ARGS[@]:2}" >"$file" 2>>"$WORK/verify.log"
  AUDIT_RC=$?
  set -e
  AUDIT_OUT=$(grep -a -e "Journal d'audit" -e "intacts :" -e "altérés :" -e "^- " "$file" | tr '\n' ' ' || true)
  log "verify-audit: rc=$AUDIT_RC $AUDIT_OUT"
  stop_stray_postmaster
}

# ---------------------------------------------------------------------------------------------------------------------
# Import mode

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

run_import() {
  log "crash test: $ROUNDS rounds of a $ROWS-row candidate import killed with SIGKILL; $(nproc) CPUs, $(java -version 2>&1 | head -1)"
  start_app
  # When to kill, per round (cycling): a delay in ms after the import transaction's first write (0 = as soon as it has
  # written), or "answered" = after the confirm page came back (the control round: everything must be there).
  local DELAYS=(0 250 answered 700 1500)
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
    wait "$curl_pid" 2>/dev/null || true
    request_done=$([[ -s "$WORK/confirm-$round.html" ]] && echo "answered" || echo "cut")
    log "round $round: SIGKILL ${killed_after_ms} ms after the confirm was sent (write seen: ${written:-0}, extra delay ${delay} ms, request $request_done)"
    recover "$WORK/verify-$round.out"
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
    [[ "$outcome" == HALF* || "$AUDIT_RC" != 0 ]] && { verdict=FAIL; FAILURES=$((FAILURES + 1)); }
    RESULTS+=("round $round: kill at ${killed_after_ms} ms (${delay} ms after the first write, stray postmaster: ${STRAY:-none}); after restart: $outcome; verify-audit rc=$AUDIT_RC -> $verdict")
    log "round $round: $verdict ($outcome)"
  done
  SUMMARY="$ROUNDS rounds, $ROWS rows per import"
}

# ---------------------------------------------------------------------------------------------------------------------
# Signature mode

# post_ok COOKIE_JAR PATH [curl data args...]: a form post that must succeed (a redirect, 302); prints the Location.
post_ok() {
  local jar=$1 path=$2; shift 2
  local page="$WORK/form-page.html" answer
  curl -s -c "$jar" -b "$jar" --max-time 60 "$BASE/deliberations" -o "$page"
  answer=$(curl -s -c "$jar" -b "$jar" --max-time 120 -o "$WORK/post.html" -w '%{http_code} %{redirect_url}' \
    "$BASE$path" --data-urlencode "_csrf=$(csrf_of "$page")" "$@")
  if [[ "$answer" != 302* ]]; then
    log "FAIL: POST $path answered $answer (page kept in $WORK/post-failed.html)"; cp "$WORK/post.html" "$WORK/post-failed.html"
    exit 1
  fi
  echo "${answer#* }"
}

# The demo TSMI session brought over HTTP to five PVs ready to sign, as in the browser: the responsable convenes and
# opens it, records the jury reception (J1) and the jury's no-link confirmations, starts the épreuves; the jury (Paul
# Garnier, `jury`) enters every candidate's synthesis grid as mastered and confirms their success (the session moves to
# deliberation), then prepares the four individual PVs and the general PV. Sets SESSION_ID and VERSION_IDS (ind1..ind4,
# general).
prepare_reports() {
  local mjar="$WORK/cookies-prepare-responsable.txt" jjar="$WORK/cookies-prepare-jury.txt" c k location step
  SESSION_ID=$(sql "select id from exam_session where number = 'DEMO-TSMI'")
  log "preparing the demo TSMI session (id $SESSION_ID) by HTTP: convened, opened, reception, épreuves, deliberation"
  login "$mjar" responsable
  post_ok "$mjar" "/sessions/$SESSION_ID/status" --data-urlencode "target=CONVENED" >/dev/null
  post_ok "$mjar" "/sessions/$SESSION_ID/conduct/open" >/dev/null
  for step in REAC_RE_HANDED PLATEAU_PRESENTED DEROULE_PRESENTED CANDIDATE_FILES_HANDED ETHICS_CHARTER_RECALLED; do
    post_ok "$mjar" "/sessions/$SESSION_ID/conduct/steps" --data-urlencode "step=$step" >/dev/null
  done
  for k in $(sql "select member_a_id from jury_pair where session_id = $SESSION_ID union select member_b_id from jury_pair where session_id = $SESSION_ID"); do
    post_ok "$mjar" "/sessions/$SESSION_ID/conduct/jury/$k/confirm" >/dev/null
  done
  post_ok "$mjar" "/sessions/$SESSION_ID/status" --data-urlencode "target=IN_PROGRESS" >/dev/null
  login "$jjar" jury
  local candidates competences grid=()
  candidates=$(sql "select e.candidate_id from enrolment e join candidate c on c.id = e.candidate_id where e.session_id = $SESSION_ID order by c.birth_name")
  competences=$(sql "select k.id from competence k join certificate c on c.id = k.certificate_id join exam_session s on s.title_id = c.title_id where s.id = $SESSION_ID and c.kind = 'CCP'")
  for k in $competences; do grid+=(--data-urlencode "c-$k=true"); done
  for c in $candidates; do
    post_ok "$jjar" "/sessions/$SESSION_ID/deliberation/$c/synthesis" "${grid[@]}" >/dev/null
    post_ok "$jjar" "/sessions/$SESSION_ID/deliberation/$c/outcome" --data-urlencode "outcome=SUCCESS" \
      --data-urlencode "observations=Travail méthodique." >/dev/null
  done
  [[ "$(session_status)" == DELIBERATION ]] || { log "FAIL: the session is $(session_status), not DELIBERATION"; exit 1; }
  VERSION_IDS=()
  for c in $candidates; do
    location=$(post_ok "$jjar" "/sessions/$SESSION_ID/reports/prepare" --data-urlencode "kind=INDIVIDUAL" --data-urlencode "candidateId=$c")
    VERSION_IDS+=("${location##*/reports/}")
  done
  location=$(post_ok "$jjar" "/sessions/$SESSION_ID/reports/prepare" --data-urlencode "kind=GENERAL")
  VERSION_IDS+=("${location##*/reports/}")
  log "PV versions prepared: individual ${VERSION_IDS[*]:0:4}, general ${VERSION_IDS[4]}"
}

session_status() { sql "select status from exam_session where id = $SESSION_ID"; }

# The signature act of a round (version, signer kind, person) as rows: signature rows, audit entries naming its sealed
# PDF, and whether the stored hashes hold (sealed SHA-256 of the stored PDF, content SHA-256 of the version, a PDF).
signature_state() {
  local v=$1 kind=$2 person=$3 action=$4
  sql "select (select count(*) from report_signature where report_version_id = $v and signer_kind = '$kind' and person_id = $person)
        || ' ' || (select count(*) from report_signature s join audit_entry a on a.subject_type = 'report'
              and a.subject_id = '$v' and a.action = '$action' and a.details like '%PDF scellé SHA-256 ' || s.sealed_sha256 || '%'
              where s.report_version_id = $v and s.signer_kind = '$kind' and s.person_id = $person)
        || ' ' || (select count(*) from report_signature s join report_version r on r.id = s.report_version_id
              where s.report_version_id = $v and s.signer_kind = '$kind' and s.person_id = $person
                and s.sealed_sha256 = encode(sha256(s.sealed_pdf), 'hex') and s.content_sha256 = r.content_sha256
                and substring(s.sealed_pdf from 1 for 5) = '%PDF-'::bytea and length(s.sealed_pdf) > 1000)"
}

# The whole version: its signatures numbered 1..n without a gap, as many reports.signed/countersigned audit entries as
# signatures, its lines, and the session's PV versions (no version half-created by the signature).
version_state() {
  local v=$1
  sql "select (select count(*) || '/' || coalesce(max(seq), 0) from report_signature where report_version_id = $v)
        || ' audit ' || (select count(*) from audit_entry where subject_type = 'report' and subject_id = '$v'
              and action in ('reports.signed', 'reports.countersigned'))
        || ' lines ' || (select count(*) from report_line where report_version_id = $v)
        || ' versions ' || (select count(*) from report_version where session_id = $SESSION_ID)"
}

# sign_form COOKIE_JAR VERSION: the PV's page; prints its CSRF token and the content SHA-256 the form confirms.
sign_form() {
  local jar=$1 v=$2 page="$WORK/report-$2.html"
  curl -s -c "$jar" -b "$jar" --max-time 60 "$BASE/reports/$v" -o "$page"
  echo "$(csrf_of "$page") $(grep -o 'name="contentSha256" value="[0-9a-f]*"' "$page" | grep -o '[0-9a-f]\{64\}' \
    || sql "select content_sha256 from report_version where id = $v")"
}

# wait_sign_lock VERSION present|absent CURL_PID: waits until the signature transaction of VERSION holds the version's
# advisory lock (taken by Reports.sign before it renders, seals and writes; key 9,000,000,000 + version id), or no
# longer holds it (committed or rolled back). One psql session polls pg_locks every millisecond server-side. Returns 0
# when the lock is in the wanted state, 1 when the request ended first (or after 30 s).
wait_sign_lock() {
  local v=$1 want=$2 curl_pid=$3 negate="" probe
  [[ "$want" == absent ]] && negate="not"
  PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -c "do \$\$ begin
      for i in 1..30000 loop
        if $negate exists (select 1 from pg_locks where locktype = 'advisory' and granted and objsubid = 1
            and (classid::text::bigint << 32) + objid::text::bigint = 9000000000 + $v) then return; end if;
        perform pg_sleep(0.001);
      end loop;
      raise exception 'timeout';
    end \$\$" >/dev/null 2>&1 &
  probe=$!
  while kill -0 "$probe" 2>/dev/null; do
    if ! kill -0 "$curl_pid" 2>/dev/null; then
      sleep 0.01
      kill -0 "$probe" 2>/dev/null || break
      kill "$probe" 2>/dev/null || true; wait "$probe" 2>/dev/null || true
      return 1
    fi
    sleep 0.002
  done
  wait "$probe" 2>/dev/null
}

run_signature() {
  # Signature acts, in order: the pair (jury = Paul Garnier, jury2 = Sophie Lemaire) signs (D6 individual, D7 general),
  # then the responsable countersigns (D8; the general PV's countersignature also moves the session to "PV signés").
  local SLOTS=(ind1:jury ind1:jury2 gen:jury gen:jury2 gen:responsable ind1:responsable
               ind2:jury ind2:jury2 ind2:responsable ind3:jury ind3:jury2 ind3:responsable ind4:jury ind4:jury2 ind4:responsable)
  # When to kill, per round (cycling): a delay in ms after the signature transaction was seen in the database (it holds
  # the PV's lock: the request is in flight, inside its transaction), "committed" = as soon as that transaction has
  # ended (committed, the redirect possibly not sent yet), or "answered" = after the response came back (control).
  local DELAYS
  read -r -a DELAYS <<<"${SIGN_DELAYS:-0 10 30 80 150 committed answered}"
  (( ROUNDS <= ${#SLOTS[@]} )) || { echo "at most ${#SLOTS[@]} signature rounds (5 PVs x 3 signers)"; exit 1; }
  log "crash test: $ROUNDS PV signature rounds killed with SIGKILL; $(nproc) CPUs, $(java -version 2>&1 | head -1)"
  start_app
  prepare_reports
  for round in $(seq 1 "$ROUNDS"); do
    deadline_check
    local delay=${DELAYS[$(( (round - 1) % ${#DELAYS[@]} ))]} slot=${SLOTS[$((round - 1))]}
    local pv=${slot%%:*} user=${slot##*:} v kind action person jar form csrf sha
    case $pv in ind*) v=${VERSION_IDS[$(( ${pv#ind} - 1 ))]} ;; gen) v=${VERSION_IDS[4]} ;; esac
    if [[ "$user" == responsable ]]; then kind=MANAGER; action=reports.countersigned; else kind=JURY; action=reports.signed; fi
    person=$(sql "select person_id from app_user where username = '$user'")
    local status_before version_before audit_before
    status_before=$(session_status); version_before=$(version_state "$v"); audit_before=$(sql "select max(seq) from audit_entry")
    [[ "$(signature_state "$v" "$kind" "$person" "$action")" == "0 0 0" ]] || { log "FAIL: round $round: $slot already signed before the round"; exit 1; }
    jar="$WORK/cookies-sign-$round.txt"
    login "$jar" "$user"
    form=$(sign_form "$jar" "$v"); csrf=${form% *}; sha=${form#* }
    rm -f "$WORK/sign-$round.code"
    local t0 t_lock=""
    t0=$(date +%s%N)
    curl -s -c "$jar" -b "$jar" --max-time 120 -o "$WORK/sign-$round.html" -w '%{http_code}' "$BASE/reports/$v/sign" \
      --data-urlencode "_csrf=$csrf" --data-urlencode "confirm=yes" --data-urlencode "contentSha256=$sha" \
      >"$WORK/sign-$round.code" &
    local curl_pid=$!
    # Wait for the signature's transaction to hold the PV's lock, or for the request to end.
    if wait_sign_lock "$v" present "$curl_pid"; then t_lock=$(date +%s%N); fi
    if [[ "$delay" == answered ]]; then
      wait "$curl_pid" 2>/dev/null || true
    elif [[ "$delay" == committed ]]; then
      # until the lock is released (the transaction committed or rolled back), or the response came back
      wait_sign_lock "$v" absent "$curl_pid" || true
    elif [[ "$delay" != 0 ]]; then
      sleep "$(awk "BEGIN{print $delay/1000}")"
    fi
    kill -0 "$curl_pid" 2>/dev/null && in_flight=yes || in_flight=no
    kill -KILL "$APP_PID"
    local t_kill; t_kill=$(date +%s%N)
    wait "$curl_pid" 2>/dev/null || true
    local code; code=$(cat "$WORK/sign-$round.code" 2>/dev/null || true)
    local killed_ms=$(( (t_kill - t0) / 1000000 ))
    local after_lock; after_lock=$([[ -n "$t_lock" ]] && echo "$(( (t_kill - t_lock) / 1000000 )) ms after the lock was seen" || echo "lock not seen")
    log "round $round ($slot, version $v): SIGKILL ${killed_ms} ms after the POST ($after_lock, delay $delay; request in flight: $in_flight, response ${code:-none})"
    recover "$WORK/verify-sign-$round.out"

    # What the crash left: the signature whole or absent, nothing else half-written.
    local state verdict=PASS problems=() landed
    state=$(signature_state "$v" "$kind" "$person" "$action")
    local audit_added; audit_added=$(sql "select count(*) from audit_entry where seq > $audit_before")
    local expected_added=0 status_expected=$status_before
    case "$state" in
      "0 0 0") landed="not landed" ;;
      "1 1 1") landed="landed"
               expected_added=$(sql "select 1 + (case when dreets_notice is null then 0 else 1 end) from report_signature where report_version_id = $v and signer_kind = '$kind' and person_id = $person")
               if [[ "$slot" == gen:responsable && "$status_before" == DELIBERATION ]]; then
                 status_expected=REPORTS_SIGNED; expected_added=$(( expected_added + 1 ))
               fi ;;
      *) landed="HALF-WRITTEN"; problems+=("signature rows/audit/hashes = $state") ;;
    esac
    [[ "$audit_added" == "$expected_added" ]] || problems+=("$audit_added audit entries added, $expected_added expected")
    [[ "$(session_status)" == "$status_expected" ]] || problems+=("session $(session_status), $status_expected expected")
    local version_after; version_after=$(version_state "$v")
    local sigs_after=${version_after%%/*}
    local rest_before=${version_before#* audit } rest_after=${version_after#* audit }
    [[ "${version_after%% *}" == "$sigs_after/$sigs_after" || "$sigs_after" == 0 ]] || problems+=("signature numbers with a gap: $version_after")
    [[ "${rest_after%% *}" == "$sigs_after" ]] || problems+=("audit entries do not match the signatures: $version_after")
    [[ "${rest_after#* }" == "${rest_before#* }" ]] || problems+=("lines or versions changed: $version_before -> $version_after")
    [[ "$AUDIT_RC" == 0 ]] || problems+=("verify-audit exit $AUDIT_RC")
    [[ "$code" == 302 && "$landed" != landed ]] && problems+=("the client was told it was signed (302) but it is not there")

    # Recovery over HTTP: the same signature again — made now if it was lost, refused as already made if it landed.
    login "$jar" "$user"
    form=$(sign_form "$jar" "$v"); csrf=${form% *}; sha=${form#* }
    local again
    again=$(curl -s -c "$jar" -b "$jar" --max-time 120 -o "$WORK/sign-again-$round.html" -w '%{http_code} %{redirect_url}' \
      "$BASE/reports/$v/sign" --data-urlencode "_csrf=$csrf" --data-urlencode "confirm=yes" --data-urlencode "contentSha256=$sha")
    local retry
    if [[ "$landed" == landed ]]; then
      if [[ "$again" == 200* ]] && grep -q 'déjà votre signature' "$WORK/sign-again-$round.html" \
         && [[ "$(signature_state "$v" "$kind" "$person" "$action")" == "1 1 1" ]]; then
        retry="signing again refused (already signed)"
      else
        retry="signing again NOT refused ($again)"; problems+=("$retry")
      fi
    else
      if [[ "$again" == 302*"?signed"* && "$(signature_state "$v" "$kind" "$person" "$action")" == "1 1 1" ]]; then
        retry="signed again after the restart"
      else
        retry="signing again FAILED ($again, $(signature_state "$v" "$kind" "$person" "$action"))"; problems+=("$retry")
      fi
    fi
    if [[ "$slot" == gen:responsable && "$(session_status)" != REPORTS_SIGNED ]]; then
      problems+=("session $(session_status) after the countersignature, REPORTS_SIGNED expected")
    fi
    (( ${#problems[@]} == 0 )) || { verdict=FAIL; FAILURES=$((FAILURES + 1)); }
    RESULTS+=("round $round: $slot (v$v) kill ${killed_ms} ms after the POST ($after_lock, delay $delay), in flight: $in_flight, response ${code:-none}; $landed; verify-audit rc=$AUDIT_RC; $retry -> $verdict${problems[*]:+ (${problems[*]})}")
    log "round $round: $verdict ($landed; $retry)${problems[*]:+ problems: ${problems[*]}}"
  done
  # The signatures made again after the restarts checked too.
  cleanup
  verify_audit "$WORK/verify-final.out"
  [[ "$AUDIT_RC" == 0 ]] || { FAILURES=$((FAILURES + 1)); RESULTS+=("final verify-audit rc=$AUDIT_RC -> FAIL"); }
  RESULTS+=("final verify-audit (every signature, including those made again): rc=$AUDIT_RC $AUDIT_OUT")
  SUMMARY="$ROUNDS signature rounds"
}

# ---------------------------------------------------------------------------------------------------------------------
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
command -v psql >/dev/null || { echo "psql (PostgreSQL client) is needed"; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
SUMMARY=""
if [[ "$MODE" == import ]]; then run_import; else run_signature; fi

cleanup
echo
echo "==== crash test summary ($MODE: $SUMMARY, $(( $(date +%s) - START_EPOCH )) s, $(date -u +%FT%TZ)) ===="
printf '%s\n' "${RESULTS[@]}"
if (( FAILURES == 0 )); then echo "PASS"; else echo "FAIL ($FAILURES round(s))"; exit 1; fi
