# Sourced by load-test.sh and national-scale.sh: starts the packaged application on its own data directory and
# loopback port, waits until it answers, and stops it when the calling script exits. The caller sets ROOT, JAR,
# JAVA_OPTS, PORT, WORK and DATA; START_TIMEOUT (default 900 s) bounds the wait. Sets APP_PID and APP_STARTED_IN (s).
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"; for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

start_app() {
  [[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
  mkdir -p "$WORK"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --sessiontp.embedded-db.data-dir="$DATA/postgres" --sessiontp.demo.credentials-file="$DATA/demo-credentials.txt" \
    --sessiontp.documents.seal-secret-file="$DATA/seal-secret" --sessiontp.demo.enabled=true >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local t0
  t0=$(date +%s)
  until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/login" && [[ -s "$DATA/demo-credentials.txt" ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application did not start, see $WORK/app.log"; exit 1; }
    (( $(date +%s) - t0 > ${START_TIMEOUT:-900} )) && { echo "no answer within ${START_TIMEOUT:-900} s"; exit 1; }
    sleep 1
  done
  sleep 5
  APP_STARTED_IN=$(( $(date +%s) - t0 ))
}
