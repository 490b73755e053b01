#!/usr/bin/env bash
# HTTP transport benchmark: `{ authors { id name md5 books { id name } } }` over 20 authors × 3 books,
# served in turn by our MapGraphQL server and by graphql-yoga, each pinned to CPU 0 and loaded by wrk
# pinned to CPU 1. Needs wrk (Debian package) and node. Usage: bench/Http/run.sh [duration] [connections] [warm-up]
# The warm-up loads each server long enough for .NET's tiered compilation (and node's JIT) to settle.
set -euo pipefail
cd "$(dirname "$0")"
DURATION=${1:-15s}
CONNECTIONS=${2:-32}
WARMUP=${3:-15s}
OUT=$(mktemp -d)
BODY='{"query":"{ authors { id name md5 books { id name } } }"}'

npm ci --no-audit --no-fund --loglevel=error
dotnet build -c Release ../OrgGrains.Benchmarks.Http -o "$OUT/orggrains" --nologo -v q >/dev/null

run() { # name port command...
  local name=$1 port=$2; shift 2
  taskset -c 0 "$@" >"$OUT/$name.log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$BODY" "http://127.0.0.1:$port/graphql" && break
    sleep 0.2
  done
  curl -s -H 'Content-Type: application/json' -d "$BODY" "http://127.0.0.1:$port/graphql" >"$OUT/$name.json"
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s post.lua "http://127.0.0.1:$port/graphql" >/dev/null # warm-up
  echo "== $name"
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s post.lua "http://127.0.0.1:$port/graphql"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

run orggrains 18731 dotnet "$OUT/orggrains/OrgGrains.Benchmarks.Http.dll" 18731
run yoga 18732 node yoga-server.mjs 18732

# Both servers must have answered the same data.
node -e 'const [a, b] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")).data);
  if (JSON.stringify(a) !== JSON.stringify(b)) { console.error("responses differ"); process.exit(1); }
  console.log("responses identical:", a.authors.length, "authors");' "$OUT/orggrains.json" "$OUT/yoga.json"
rm -rf "$OUT"
