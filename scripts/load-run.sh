#!/usr/bin/env bash
# Load run against one Release instance with the demo content (see docs/performance.md).
#   scripts/load-run.sh [SOAK_SECONDS] [PHASE_SECONDS] [CONNECTIONS]
# 1. Ratios: each path alone for PHASE_SECONDS (default 20) at saturation, the static style sheet first:
#    requests/s of each path divided by those of /css/site.css.
# 2. Soak: the municipality page, the search page, the search API and the style sheet at once for SOAK_SECONDS
#    (default 300; 0 skips it): no errors, resident memory after the first minute and at the end.
# APP=folder DLL=assembly run another build (e.g. APP=src/Web DLL=bin/Release/net10.0/IntegrationsNetz.Web.dll).
# Needs wrk (apt-get install -y wrk) and curl. Leaves the portal's output and the wrk reports in $OUT (printed).
set -euo pipefail
SOAK=${1:-300}
PHASE=${2:-20}
CONNECTIONS=${3:-16}
PORT=${PORT:-5099}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$(mktemp -d /tmp/inetz-load.XXXXXX)}
DATA=${DATA:-$OUT/data}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
. "$ROOT/scripts/portal-common.sh"
first_start
begin=$(date +%s.%N)
start_portal
wait_healthy
echo "Warm start to the first /healthz answer: $(echo "$(date +%s.%N) - $begin" | bc) s ($(cpu_seconds) s of CPU)"

PATHS=(/css/site.css /de/oftersheim/ /de/oftersheim/ankommen "/de/suche?q=Deutschkurs" "/api/v1/search?q=Deutschkurs")
for p in "${PATHS[@]}"; do curl -sf -o /dev/null "$BASE$p"; done

# The same search with a parameter the API ignores but the cache key holds: every request is a miss.
cat >"$OUT/uncached.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/search?q=Deutschkurs&n=" .. counter)
end
LUA

rate() { grep "Requests/sec" "$1" | awk '{print $2}'; }
errors() { grep -E "Non-2xx|Socket errors" "$1" || true; }
run() { # name, seconds, url, extra wrk args... (after two seconds of warm-up that do not count)
  local name=$1 seconds=$2 url=$3; shift 3
  wrk -t1 -c"$CONNECTIONS" -d2s "$@" "$BASE$url" >/dev/null
  wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" "$@" "$BASE$url" >"$OUT/$name.txt"
}

echo "Ratios, ${PHASE} s per path, wrk -t1 -c$CONNECTIONS (load average before: $(cut -d' ' -f1-3 /proc/loadavg)):"
run static "$PHASE" /css/site.css
static=$(rate "$OUT/static.txt")
printf "  %-40s %10s req/s  1\n" /css/site.css "$static"
i=0
for p in "${PATHS[@]:1}"; do
  i=$((i + 1)); run "path$i" "$PHASE" "$p"
  printf "  %-40s %10s req/s  %.2f %s\n" "$p" "$(rate "$OUT/path$i.txt")" "$(echo "$(rate "$OUT/path$i.txt") / $static" | bc -l)" "$(errors "$OUT/path$i.txt")"
done
run uncached "$PHASE" /api/v1/search -s "$OUT/uncached.lua"
printf "  %-40s %10s req/s  %.2f %s\n" "/api/v1/search?q=Deutschkurs (uncached)" "$(rate "$OUT/uncached.txt")" "$(echo "$(rate "$OUT/uncached.txt") / $static" | bc -l)" "$(errors "$OUT/uncached.txt")"

[ "$SOAK" -gt 0 ] || exit 0
echo "Soak, ${SOAK} s, four paths at once:"
for p in /css/site.css /de/oftersheim/ "/de/suche?q=Deutschkurs" "/api/v1/search?q=Deutschkurs"; do
  name=soak-$(echo "$p" | tr -c 'a-z0-9' '_')
  wrk -t1 -c"$CONNECTIONS" -d"${SOAK}s" "$BASE$p" >"$OUT/$name.txt" &
done
sleep 60
rss1=$(ps -o rss= -p "$PID")
wait $(jobs -p | grep -v "^$PID$") 2>/dev/null || true
rss2=$(ps -o rss= -p "$PID")
failed=0
for f in "$OUT"/soak-*.txt; do
  printf "  %-40s %10s req/s %s\n" "$(basename "$f" .txt)" "$(rate "$f")" "$(errors "$f")"
  [ -z "$(errors "$f")" ] || failed=1
done
echo "  resident memory after 60 s: $((rss1 / 1024)) MB, at the end: $((rss2 / 1024)) MB ($(echo "($rss2 - $rss1) * 100 / $rss1" | bc -l | xargs printf %.1f) %)"
echo "Reports in $OUT"
[ "$failed" = 0 ] || { echo "ERRORS during the soak" >&2; exit 1; }
