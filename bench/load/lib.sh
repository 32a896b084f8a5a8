# Shell helpers shared by bench/load/run.sh and bench/profile/run.sh (sourced; expects TOKEN to be set).

wait_http() { # url [curl args...]: until it answers (any HTTP status), at most 120 s
  local url=$1; shift
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null "$@" "$url"; then return 0; fi
    sleep 0.5
  done
  echo "timed out waiting for $url" >&2
  return 1
}

json_body() { # query file -> {"query": ...}
  node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8") }))' "$1"
}

write_lua() { # body file, script file: a wrk script that POSTs the body with the caller's token
  cat >"$2" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["api_access_token"] = "$TOKEN"
local f = assert(io.open("$1", "rb"))
wrk.body = f:read("*a")
f:close()
LUA
}
