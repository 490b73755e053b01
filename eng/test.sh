#!/usr/bin/env bash
# Runs every test suite. On a fresh machine it installs what the suites need first:
# the Node tools in tests/node (graphql-js as the conformance oracle, Azurite, protocol clients).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/node --no-audit --no-fund --loglevel=error

# The GraphiQL test drives Debian's Chromium through playwright-core.
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

dotnet test OrgGrains.sln -c Release --nologo
