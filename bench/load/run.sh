#!/usr/bin/env bash
# Load comparison: this gateway vs a graphql-yoga 5 + dataloader gateway vs GraphQL Mesh (OpenAPI) on Hive Gateway
# vs the simulator's REST list call itself (the floor), all on 127.0.0.1 over the same Chatwoot simulator and the
# same query (a conversations page with sender { name email }, assignee { name }, inbox { name }, team { name }).
#
#   bash bench/load/run.sh                      # full run: npm ci, Release build, 0 ms and 20 ms upstream latency
#   DURATION=3s WARMUP=1s bash bench/load/run.sh # smoke test
#   REPEAT=3 bash bench/load/run.sh             # three rounds; the table shows each cell's median and the req/s range
#
# Environment (defaults): DURATION=10s WARMUP=8s THREADS=2 CONNECTIONS=16 LATENCIES="0 20" CALL_SAMPLES=20 REPEAT=1
#   BASE_PORT=4300 (simulator BASE_PORT, gateway +1, yoga +2, mesh +3, cached gateway +4)
#   TARGETS="gateway gateway-cached yoga mesh rest" (gateway-cached: the same gateway with Gateway:LookupCacheSeconds=60)
#   SKIP_INSTALL=1 (reuse node_modules and supergraph)  SKIP_BUILD=1 (reuse the Release build)
#   OUT=<file> (also write the markdown table there)
#   GATEWAY_ENV="DOTNET_gcServer=0 ..." (extra environment for the gateway process only, for experiments)
# Prints one markdown table. Every server it starts is stopped on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/bench/load"
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-8s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
LATENCIES=${LATENCIES:-"0 20"}
CALL_SAMPLES=${CALL_SAMPLES:-20}
REPEAT=${REPEAT:-1}
BASE_PORT=${BASE_PORT:-4300}
TARGETS=${TARGETS:-"gateway gateway-cached yoga mesh rest"}
TOKEN=demo-admin-token
SIM_PORT=$BASE_PORT
GW_PORT=$((BASE_PORT + 1))
YOGA_PORT=$((BASE_PORT + 2))
MESH_PORT=$((BASE_PORT + 3))
CACHED_PORT=$((BASE_PORT + 4))
SIM_URL="http://127.0.0.1:$SIM_PORT"
WORK=$(mktemp -d /tmp/chatwoot-load.XXXXXX)
PIDS=()

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    # the server and whatever it forked (Hive Gateway workers)
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
  done
  sleep 1
  for pid in "${PIDS[@]}"; do
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- prerequisites
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null
fi
for tool in curl node npm dotnet; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done

if [[ "${SKIP_INSTALL:-}" != 1 ]]; then
  log "npm ci: bench/peers/yoga"
  (cd "$ROOT/bench/peers/yoga" && npm ci --no-audit --no-fund --loglevel=error >&2)
  log "npm ci: bench/peers/mesh"
  (cd "$ROOT/bench/peers/mesh" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  log "dotnet build -c Release src/Gateway (and the simulator it references)"
  dotnet build "$ROOT/src/Gateway" -c Release -nologo -v q >&2
fi
GATEWAY_DLL="$ROOT/src/Gateway/bin/Release/net10.0/Gateway.dll"
SIM_DLL="$ROOT/src/Chatwoot.Simulator/bin/Release/net10.0/Chatwoot.Simulator.dll"

# ---------------------------------------------------------------- helpers
# shellcheck source=bench/load/lib.sh
source "$HERE/lib.sh"
peak_rss_mb() { # pid: VmHWM of the process plus its children (Hive Gateway forks workers), in MB
  local pid=$1 total=0 kb child
  for child in "$pid" $(pgrep -P "$pid" || true); do
    kb=$(awk '/^VmHWM/ {print $2}' "/proc/$child/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}

cpu_ticks() { # pid: user + system clock ticks of the process and its children (threads included)
  local pid=$1 total=0 child t
  for child in "$pid" $(pgrep -P "$pid" || true); do
    t=$(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)
    total=$((total + ${t:-0}))
  done
  echo "$total"
}

log_count() {
  curl -sf "$SIM_URL/__admin/requests" | node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>console.log(JSON.parse(s).length))'
}

quiesce() { # wait until the servers have drained what wrk left in flight (the request log stops growing), then clear it
  local before after
  for _ in $(seq 1 30); do
    before=$(log_count); sleep 1; after=$(log_count)
    [[ $before == "$after" ]] && break
  done
  curl -sf -X DELETE "$SIM_URL/__admin/requests" >/dev/null
}

# target -> URL, wrk script (or none for GET), correctness check
declare -A URL LUA PID CHECK
URL[gateway]="http://127.0.0.1:$GW_PORT/graphql"
URL[yoga]="http://127.0.0.1:$YOGA_PORT/graphql"
URL[mesh]="http://127.0.0.1:$MESH_PORT/graphql"
URL[gateway-cached]="http://127.0.0.1:$CACHED_PORT/graphql"
URL[rest]="$SIM_URL/api/v1/accounts/1/conversations?page=1"
# every response must carry 25 rows with names (and, for GraphQL, no errors)
CHECK[gateway]='d=>!d.errors&&d.data.conversations.nodes.length===25&&d.data.conversations.nodes.every(n=>n.inbox&&n.inbox.name&&n.sender&&n.sender.name)'
CHECK[yoga]="${CHECK[gateway]}"
CHECK[gateway-cached]="${CHECK[gateway]}"
CHECK[mesh]='d=>!d.errors&&d.data.listConversations.data.payload.length===25&&d.data.listInboxes.payload.length>0&&d.data.listConversations.data.payload.every(n=>n.meta.sender.name)'
CHECK[rest]='d=>d.data.payload.length===25'

json_body "$HERE/query.graphql" >"$WORK/gateway.json"
cp "$WORK/gateway.json" "$WORK/yoga.json"
cp "$WORK/gateway.json" "$WORK/gateway-cached.json"
json_body "$ROOT/bench/peers/mesh/query.graphql" >"$WORK/mesh.json"
for t in gateway gateway-cached yoga mesh; do write_lua "$WORK/$t.json" "$WORK/$t.lua"; LUA[$t]="$WORK/$t.lua"; done

request_once() { # target -> response body on stdout
  local t=$1
  if [[ $t == rest ]]; then
    curl -sf -H "api_access_token: $TOKEN" "${URL[$t]}"
  else
    curl -sf -H 'content-type: application/json' -H "api_access_token: $TOKEN" --data-binary "@$WORK/$t.json" "${URL[$t]}"
  fi
}

run_wrk() { # target duration -> wrk output
  local t=$1 d=$2
  if [[ $t == rest ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$d" --timeout 10s --latency -H "api_access_token: $TOKEN" "${URL[$t]}"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$d" --timeout 10s --latency -s "${LUA[$t]}" "${URL[$t]}"
  fi
}

to_ms() { # wrk latency like 812.00us / 8.31ms / 1.02s -> ms with 2 decimals
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# ---------------------------------------------------------------- start the servers
for port in "$SIM_PORT" "$GW_PORT" "$YOGA_PORT" "$MESH_PORT" "$CACHED_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use; set BASE_PORT" >&2
    exit 1
  fi
done
log "starting the simulator on $SIM_URL"
dotnet "$SIM_DLL" --urls "$SIM_URL" --no-log >"$WORK/sim.log" 2>&1 &
SIM_PID=$!; PIDS+=("$SIM_PID")
wait_http "$SIM_URL/api/v1/profile" -H "api_access_token: $TOKEN"

if [[ " $TARGETS " == *" gateway "* ]]; then
  log "starting the gateway on port $GW_PORT"
  # The per-client rate limit (1200/min) would answer 429 to one wrk client: lift it; the peers have none.
  Chatwoot__BaseUrl="$SIM_URL" ASPNETCORE_ENVIRONMENT=Production Gateway__DefaultAccountId=1 \
    Gateway__Protection__RateLimitPermits=0 Logging__LogLevel__Default=Warning \
    env ${GATEWAY_ENV:-} dotnet "$GATEWAY_DLL" --urls "http://127.0.0.1:$GW_PORT" >"$WORK/gateway.log" 2>&1 &
  PID[gateway]=$!; PIDS+=("${PID[gateway]}")
fi
if [[ " $TARGETS " == *" gateway-cached "* ]]; then
  log "starting the gateway with Gateway:LookupCacheSeconds=60 on port $CACHED_PORT"
  Chatwoot__BaseUrl="$SIM_URL" ASPNETCORE_ENVIRONMENT=Production Gateway__DefaultAccountId=1 Gateway__LookupCacheSeconds=60 \
    Gateway__Protection__RateLimitPermits=0 Logging__LogLevel__Default=Warning \
    env ${GATEWAY_ENV:-} dotnet "$GATEWAY_DLL" --urls "http://127.0.0.1:$CACHED_PORT" >"$WORK/gateway-cached.log" 2>&1 &
  PID[gateway-cached]=$!; PIDS+=("${PID[gateway-cached]}")
fi
if [[ " $TARGETS " == *" yoga "* ]]; then
  log "starting the yoga gateway on port $YOGA_PORT"
  CHATWOOT_BASE_URL="$SIM_URL" NODE_ENV=production node "$ROOT/bench/peers/yoga/server.mjs" "$YOGA_PORT" >"$WORK/yoga.log" 2>&1 &
  PID[yoga]=$!; PIDS+=("${PID[yoga]}")
fi
if [[ " $TARGETS " == *" mesh "* ]]; then
  log "composing the Mesh supergraph against $SIM_URL"
  (cd "$ROOT/bench/peers/mesh" && CHATWOOT_BASE_URL="$SIM_URL" ./node_modules/.bin/mesh-compose -o "$WORK/supergraph.graphql" >&2)
  log "starting Hive Gateway on port $MESH_PORT"
  (cd "$ROOT/bench/peers/mesh" && exec env NODE_ENV=production ./node_modules/.bin/hive-gateway supergraph "$WORK/supergraph.graphql" \
    --host 127.0.0.1 --port "$MESH_PORT" >"$WORK/mesh.log" 2>&1) &
  PID[mesh]=$!; PIDS+=("${PID[mesh]}")
fi
PID[rest]=$SIM_PID

for t in $TARGETS; do
  [[ $t == rest ]] && continue
  wait_http "${URL[$t]}" -X POST -H 'content-type: application/json' --data '{"query":"{__typename}"}'
done

# ---------------------------------------------------------------- measure
set_latency() {
  curl -sf -X DELETE "$SIM_URL/__admin/faults" >/dev/null
  if [[ $1 != 0 ]]; then
    curl -sf -X POST -H 'content-type: application/json' \
      --data "{\"endpoint\":\"*\",\"latency_ms\":$1}" "$SIM_URL/__admin/faults" >/dev/null
  fi
}

upstream_calls() { # target -> upstream calls per query (simulator request log over CALL_SAMPLES sequential queries)
  local t=$1 n
  quiesce
  for _ in $(seq 1 "$CALL_SAMPLES"); do request_once "$t" >/dev/null; done
  n=$(log_count)
  awk -v n="$n" -v s="$CALL_SAMPLES" 'BEGIN { printf "%.2f", n / s }'
}

median() { # numbers as arguments -> their median
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Rounds alternate the servers (every server at every latency, then again), so a slow minute on the shared machine
# touches each of them rather than one.
declare -A RPS P50 P99 CALLS RSS ERRS CPU
for round in $(seq 1 "$REPEAT"); do
for latency in $LATENCIES; do
  set_latency "$latency"
  for t in $TARGETS; do
    key="$t/$latency/$round"
    request_once "$t" >"$WORK/check.json" || { echo "$t: request failed" >&2; cat "$WORK/$t.log" >&2 2>/dev/null || true; exit 1; }
    if ! node -e "const d=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8')); if(!(${CHECK[$t]})(d)) process.exit(1)" "$WORK/check.json"; then
      echo "$t: unexpected response: $(head -c 600 "$WORK/check.json")" >&2
      exit 1
    fi
    log "$t @ ${latency} ms: warm-up $WARMUP"
    run_wrk "$t" "$WARMUP" >/dev/null
    CALLS[$key]=$(upstream_calls "$t")
    curl -sf -X DELETE "$SIM_URL/__admin/requests" >/dev/null
    log "$t @ ${latency} ms: wrk $DURATION (-t$THREADS -c$CONNECTIONS)"
    ticks_before=$(cpu_ticks "${PID[$t]}")
    out=$(run_wrk "$t" "$DURATION")
    ticks_after=$(cpu_ticks "${PID[$t]}")
    echo "$out" >"$WORK/wrk-$t-$latency.txt"
    RPS[$key]=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
    P50[$key]=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    P99[$key]=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    ERRS[$key]=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {for (i = 3; i <= NF; i += 2) n += $(i+1)} END {print n + 0}' <<<"$out" | tr -d ',')
    RSS[$key]=$(peak_rss_mb "${PID[$t]}")
    total=$(awk '/requests in/ {print $1}' <<<"$out")
    # CPU time the server itself spent per answered request (the simulator's share is not counted): steadier than
    # requests/s on a shared machine
    CPU[$key]=$(awk -v d=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="${total:-0}" \
      'BEGIN { if (n > 0) printf "%.2f", d * 1000 / hz / n; else print "n/a" }')
    log "$t @ ${latency} ms (round $round/$REPEAT): ${RPS[$key]} req/s, ${CPU[$key]} CPU ms/request, p50 ${P50[$key]} ms, p99 ${P99[$key]} ms, ${CALLS[$key]} calls/query, peak RSS ${RSS[$key]} MB, errors ${ERRS[$key]}"
  done
done
done
set_latency 0

# ---------------------------------------------------------------- medians over the rounds
declare -A RANGE
for latency in $LATENCIES; do
  for t in $TARGETS; do
    key="$t/$latency"
    for metric in RPS P50 P99 CALLS CPU; do
      declare -n m=$metric
      values=()
      for round in $(seq 1 "$REPEAT"); do values+=("${m[$key/$round]}"); done
      m[$key]=$(median "${values[@]}")
      [[ $metric == RPS ]] && m[$key]=$(printf '%.0f' "${m[$key]}")
      if [[ $metric == RPS ]]; then
        RANGE[$key]=$(printf '%s\n' "${values[@]}" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }')
      fi
      unset -n m
    done
    RSS[$key]=$(for round in $(seq 1 "$REPEAT"); do echo "${RSS[$key/$round]}"; done | sort -g | tail -1)
    ERRS[$key]=$(for round in $(seq 1 "$REPEAT"); do echo "${ERRS[$key/$round]}"; done | awk '{ n += $1 } END { print n + 0 }')
  done
done

# ---------------------------------------------------------------- report
declare -A NAME
NAME[gateway]="this gateway (.NET 10)"
NAME[gateway-cached]="this gateway, lookup cache 60 s"
NAME[yoga]="graphql-yoga 5 + dataloader"
NAME[mesh]="Mesh (OpenAPI) on Hive Gateway"
NAME[rest]="REST list call direct (floor)"
{
  echo "| upstream latency | server | requests/s | req/s range | vs yoga | vs Mesh | server CPU ms/request | p50 ms | p99 ms | upstream calls/query | peak RSS MB | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for latency in $LATENCIES; do
    for t in $TARGETS; do
      key="$t/$latency"
      ratio() { # against another target's throughput
        local other="$1/$latency"
        if [[ -n "${RPS[$other]:-}" && "${RPS[$other]}" != 0 ]]; then
          awk -v a="${RPS[$key]}" -v b="${RPS[$other]}" 'BEGIN { printf "%.2f×", a / b }'
        fi
      }
      echo "| ${latency} ms | ${NAME[$t]} | ${RPS[$key]} | ${RANGE[$key]} | $(ratio yoga) | $(ratio mesh) | ${CPU[$key]} | ${P50[$key]} | ${P99[$key]} | ${CALLS[$key]} | ${RSS[$key]} | ${ERRS[$key]} |"
    done
  done
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, $REPEAT round(s), medians shown (peak RSS: the highest; errors: the sum); $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "${OUT:-/dev/null}"
