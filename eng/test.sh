#!/usr/bin/env bash
# Runs every test suite. On a fresh machine it installs what the suites need first:
# the Node tools in tests/node (graphql-js as the conformance oracle, Azurite, protocol clients).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/node --no-audit --no-fund --loglevel=error

dotnet test OrgGrains.sln -c Release --nologo
