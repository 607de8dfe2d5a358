#!/usr/bin/env bash
# Load test (#8.5): starts the packaged application on its own data directory and loopback port, then runs
# scripts/LoadTest.java with 50 and then 200 virtual users, in a closed loop (no think time) and with a think time.
#
#   scripts/load-test.sh [DURATION_SECONDS]        (default 30 s measured per run, after a 10 s warm-up)
#
# Environment: PORT (default 18182), WORK (default app/target/load-test; its data is kept between runs), JAR,
# JAVA_OPTS (server, default -Xmx1g), USERS (default "50 200"), THINK (default "0 1000" ms, mean of a think time drawn
# uniformly between half and one and a half of it), WARMUP (default 30 s: the JIT compiles the hot paths during the
# first thousands of requests, and that CPU would be counted against the requests), PAGES (comma-separated).
# Loopback only; every step is time-bounded. Other processes on the machine skew the figures: run it on an idle machine.
set -euo pipefail
DURATION=${1:-30}
PORT=${PORT:-18182}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/app/target/load-test}
JAR=${JAR:-$ROOT/app/target/sessiontp.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
USERS=${USERS:-50 200}
THINK=${THINK:-0 1000}
PAGES=${PAGES:-/,/sessions/1,/sessions/1/deroule,/sessions/2,/sessions/1/conduct,/api/sessions,/api/sessions/1/deroule}
DATA="$WORK/data"

# shellcheck source=scripts/app-under-test.sh
source "$ROOT/scripts/app-under-test.sh"
start_app
echo "application up in $APP_STARTED_IN s; $(nproc) CPUs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for users in $USERS; do
  for think in $THINK; do
    echo
    timeout $(( DURATION + 300 )) java -Xmx512m "$ROOT/scripts/LoadTest.java" --base "http://127.0.0.1:$PORT" \
      --credentials "$DATA/demo-credentials.txt" --users "$users" --duration "$DURATION" --warmup "${WARMUP:-30}" \
      --server-pid "$APP_PID" --pg-pid "$(head -1 "$DATA/postgres/postmaster.pid")" \
      --think-ms "$think" --pages "$PAGES"
    echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
