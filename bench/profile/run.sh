#!/usr/bin/env bash
# Where the gateway spends its time under the load query: starts the simulator (0 ms latency) and the Release
# gateway on 127.0.0.1, drives them with wrk (bench/load/query.graphql, 16 connections), records a sampled
# thread-time trace of the gateway with dotnet-trace while the load runs, and prints the on-CPU summary
# (bench/profile/profile-top.mjs). Everything it starts is stopped on exit.
#
#   bash bench/profile/run.sh                 # Release build, 10 s warm-up, 15 s trace
#   SKIP_BUILD=1 TRACE_SECONDS=10 bash bench/profile/run.sh
#
# Environment (defaults): WARMUP=10s TRACE_SECONDS=15 CONNECTIONS=16 BASE_PORT=4400 OUT=<dir for the trace files>
#   LATENCY_MS=0 (simulator latency on every endpoint)  GATEWAY_ENV="..." (extra environment for the gateway)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WARMUP=${WARMUP:-10s}
TRACE_SECONDS=${TRACE_SECONDS:-15}
CONNECTIONS=${CONNECTIONS:-16}
BASE_PORT=${BASE_PORT:-4400}
LATENCY_MS=${LATENCY_MS:-0}
OUT=${OUT:-$ROOT/test-artifacts/profile}
SIM_URL="http://127.0.0.1:$BASE_PORT"
GW_URL="http://127.0.0.1:$((BASE_PORT + 1))"
TOOLS="$ROOT/bench/profile/.tools"
PIDS=()

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y wrk >/dev/null; }
if [[ ! -x "$TOOLS/dotnet-trace" ]]; then
  log "installing dotnet-trace into bench/profile/.tools"
  dotnet tool install dotnet-trace --tool-path "$TOOLS" >/dev/null
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  log "dotnet build -c Release src/Gateway"
  dotnet build "$ROOT/src/Gateway" -c Release -nologo -v q >&2
fi
mkdir -p "$OUT"

TOKEN=demo-admin-token
# shellcheck source=bench/load/lib.sh
source "$ROOT/bench/load/lib.sh"

dotnet "$ROOT/src/Chatwoot.Simulator/bin/Release/net10.0/Chatwoot.Simulator.dll" --urls "$SIM_URL" --no-log >"$OUT/simulator.log" 2>&1 &
PIDS+=($!)
wait_http "$SIM_URL/api/v1/profile" -H "api_access_token: $TOKEN"
if [[ $LATENCY_MS != 0 ]]; then
  curl -sf -X POST -H 'content-type: application/json' --data "{\"endpoint\":\"*\",\"latency_ms\":$LATENCY_MS}" "$SIM_URL/__admin/faults" >/dev/null
fi

Chatwoot__BaseUrl="$SIM_URL" ASPNETCORE_ENVIRONMENT=Production Gateway__DefaultAccountId=1 \
  Gateway__Protection__RateLimitPermits=0 Logging__LogLevel__Default=Warning \
  env ${GATEWAY_ENV:-} dotnet "$ROOT/src/Gateway/bin/Release/net10.0/Gateway.dll" --urls "$GW_URL" >"$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=("$GATEWAY_PID")
wait_http "$GW_URL/healthz"

json_body "$ROOT/bench/load/query.graphql" >"$OUT/body.json"
write_lua "$OUT/body.json" "$OUT/post.lua"

log "warm-up $WARMUP"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$OUT/post.lua" "$GW_URL/graphql" >/dev/null
log "tracing the gateway for ${TRACE_SECONDS}s under wrk -c$CONNECTIONS"
wrk -t2 -c"$CONNECTIONS" -d"$((TRACE_SECONDS + 4))s" -s "$OUT/post.lua" "$GW_URL/graphql" >"$OUT/wrk.txt" &
WRK_PID=$!
sleep 2
"$TOOLS/dotnet-trace" collect -p "$GATEWAY_PID" --profile dotnet-sampled-thread-time,dotnet-common \
  --duration "00:00:00:$(printf '%02d' "$TRACE_SECONDS")" --format Speedscope -o "$OUT/gateway.nettrace" >"$OUT/trace.log" 2>&1
wait "$WRK_PID"
log "$(grep 'Requests/sec' "$OUT/wrk.txt") (while tracing)"
node "$ROOT/bench/profile/profile-top.mjs" "$OUT/gateway.speedscope.json"
log "trace files: $OUT (open gateway.speedscope.json in https://www.speedscope.app or any speedscope viewer)"
