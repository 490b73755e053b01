#!/usr/bin/env bash
# Runs our GraphQL engine's benchmarks (BenchmarkDotNet: parse, validate, execute for a 3-field
# query, a fragment-heavy query and the full introspection query) and graphql-js on the same
# documents, schema and root value in one run, then prints them side by side.
# Extra arguments go to BenchmarkDotNet (default: --job short --inProcess).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d tests/node/node_modules/graphql ] || npm ci --prefix tests/node --no-audit --no-fund --loglevel=error

out=BenchmarkDotNet.Artifacts/graphql-js
mkdir -p "$out"
echo "== graphql-js" >&2
node bench/graphql-js/bench.mjs --json > "$out/graphql-js.json"

echo "== OrgGrains.GraphQL (BenchmarkDotNet)" >&2
args=("$@")
# In-process: BenchmarkDotNet's separately built boilerplate project times out (2 min) on a loaded machine.
[ ${#args[@]} -gt 0 ] || args=(--job short --inProcess)
# Without tiering every method is compiled fully optimised at once: in-process, a short job would
# otherwise measure the first benchmarks partly on tier-0 code.
DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/OrgGrains.Benchmarks -- --filter '*GraphQLBenchmarks*' "${args[@]}" >&2

echo "== Side by side" >&2
node bench/graphql-js/compare.mjs BenchmarkDotNet.Artifacts/results/OrgGrains.Benchmarks.GraphQL.GraphQLBenchmarks-report.csv "$out/graphql-js.json"
