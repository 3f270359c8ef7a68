# Shared by the measuring scripts (sourced, not run): one Release instance of the portal with the demo content.
# Expects ROOT, OUT, DATA, BASE; APP=folder DLL=assembly run another build, without APP the portal is published in
# Release with ReadyToRun (no JIT for the app and its packages at start) into $OUT/app.
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
# User and system CPU time of the running portal so far (from /proc, in clock ticks of 10 ms).
cpu_seconds() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$PID/stat"; }
# Waits for the first healthy answer; a portal that ends meanwhile stops the script with its last lines.
wait_healthy() {
  until curl -sf "$BASE/healthz" >/dev/null; do
    kill -0 "$PID" 2>/dev/null || { echo "The portal ended before it answered; its last lines:" >&2; tail -20 "$OUT/portal.log" >&2; exit 1; }
    sleep "${1:-0.01}"
  done
}
stop_portal() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
trap stop_portal EXIT

# The first start: migrations, demo import, index build; stopped again, so the next start is a warm one.
first_start() {
  start_portal
  wait_healthy 0.2
  until [ "$(curl -s "$BASE/api/v1/search?q=Deutschkurs" | grep -o '"total":[0-9]*' | cut -d: -f2)" -gt 0 ] 2>/dev/null; do sleep 0.2; done
  stop_portal
}
