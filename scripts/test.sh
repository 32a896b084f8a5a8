#!/usr/bin/env bash
# Runs every test of the gateway: installs what the tests need, then the .NET test suites.
# Ends with the runner's summary and a line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Test-time tools from npm (GraphQL-over-HTTP audit, graphql-js); installed once, from the lock file.
if [ -f tests/js/package.json ]; then
  if [ -f tests/js/package-lock.json ]; then
    npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
  else
    npm install --prefix tests/js --no-audit --no-fund --loglevel=error
  fi
fi

# The web example (urql, graphql-codegen, esbuild), built by the client tests against the running gateway.
if [ -f examples/web/package-lock.json ]; then
  npm ci --prefix examples/web --no-audit --no-fund --loglevel=error
fi

# The browser tests drive Debian's Chromium with playwright-core (never a browser build of playwright's own).
command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

# PostgreSQL for the persisted-operation store tests (the fixture starts it too; this covers a clean machine).
# "Already running" (exit code 2) is fine; a cluster that cannot start makes those tests fail, not skip.
if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  pg_ctlcluster 15 main start 2>/dev/null || [ $? -eq 2 ] || echo "warning: pg_ctlcluster 15 main start failed" >&2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet build Gateway.sln -c Release -warnaserror --nologo -v q || exit 1
dotnet test Gateway.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, ...") into one closing line.
awk '
  /Failed:[ ]*[0-9]+, Passed:[ ]*[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { f += $(i + 1) + 0 }
      if ($i == "Passed:") { p += $(i + 1) + 0 }
    }
  }
  END { printf "%d passed, %d failed\n", p, f }
' "$log"
exit "$status"
