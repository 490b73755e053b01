#!/usr/bin/env bash
# Runs every test suite. On a fresh machine it installs what the suites need first:
# the Node tools in tests/node (graphql-js as the conformance oracle, Azurite, protocol clients,
# playwright-core and axe-core for the browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/node --no-audit --no-fund --loglevel=error

# The GraphiQL and portal browser tests drive Debian's Chromium through playwright-core.
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

log=$(mktemp)
status=0
dotnet test OrgGrains.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line over every test project, in the plain form CI reads: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i + 1); if ($i == "Failed:") f += $(i + 1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
