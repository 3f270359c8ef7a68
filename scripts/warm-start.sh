#!/usr/bin/env bash
# Warm start of one Release instance (see docs/performance.md): the time from starting the process on an existing
# data directory (database and index in place) to the first answer of /healthz, several times.
#   scripts/warm-start.sh [STARTS]
# APP=folder DLL=assembly run another build; without APP the portal is published in Release with ReadyToRun.
set -euo pipefail
STARTS=${1:-5}
PORT=${PORT:-5098}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$(mktemp -d /tmp/inetz-start.XXXXXX)}
DATA=${DATA:-$OUT/data}
BASE="http://127.0.0.1:$PORT"
if [ -z "${APP:-}" ]; then
  APP=$OUT/app
  echo "Publishing Release (ReadyToRun) to $APP ..."
  dotnet publish "$ROOT/src/Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" -v q \
    >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
fi
DLL=${DLL:-IntegrationsNetz.Web.dll}

start_portal() {
  ASPNETCORE_URLS=$BASE ASPNETCORE_ENVIRONMENT=Production \
  IntegrationsNetz__DataDirectory=$DATA IntegrationsNetz__ContentDirectory=$ROOT/uSync \
  Logging__LogLevel__Default=Warning \
    bash -c "cd '$APP' && exec dotnet '$DLL'" >>"$OUT/portal.log" 2>&1 &
  PID=$!
}
stop_portal() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
trap stop_portal EXIT

# First start: migrations, demo import, index build; then the timed warm starts on the same data directory.
start_portal
until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.2; done
until [ "$(curl -s "$BASE/api/v1/search?q=Deutschkurs" | grep -o '"total":[0-9]*' | cut -d: -f2)" -gt 0 ] 2>/dev/null; do sleep 0.2; done
stop_portal
for i in $(seq 1 "$STARTS"); do
  begin=$(date +%s.%N)
  start_portal
  until curl -sf "$BASE/healthz" >/dev/null; do sleep 0.01; done
  echo "start $i: $(echo "$(date +%s.%N) - $begin" | bc) s to the first /healthz answer ($(ps -o times= -p "$PID" | tr -d ' ') s of CPU)"
  stop_portal
done
echo "Output in $OUT"
