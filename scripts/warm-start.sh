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
. "$ROOT/scripts/portal-common.sh"
first_start
for i in $(seq 1 "$STARTS"); do
  begin=$(date +%s.%N)
  start_portal
  wait_healthy
  echo "start $i: $(echo "$(date +%s.%N) - $begin" | bc) s to the first /healthz answer ($(cpu_seconds) s of CPU)"
  stop_portal
done
echo "Output in $OUT"
