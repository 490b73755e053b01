#!/usr/bin/env bash
# HTTP transport benchmark: `{ authors { id name md5 books { id name } } }` over 20 authors × 3 books,
# served in turn by our MapGraphQL server and by graphql-yoga, each pinned to CPU 0 and loaded by wrk
# pinned to CPU 1. Needs wrk (Debian package) and node. Usage: bench/Http/run.sh [duration] [connections] [warm-up] [rounds]
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

# Both servers run side by side on CPU 0 (the idle one costs nothing) and are loaded in turn, round by
# round, so that both see the same machine: sequential runs minutes apart differed by up to 25 % on
# this VM for the same binary.
ROUNDS=${4:-3}
start() { # name port command...
  local name=$1 port=$2; shift 2
  taskset -c 0 "$@" >"$OUT/$name.log" 2>&1 &
  echo $! >"$OUT/$name.pid"
  for _ in $(seq 100); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$BODY" "http://127.0.0.1:$port/graphql" && break
    sleep 0.2
  done
  curl -s -H 'Content-Type: application/json' -d "$BODY" "http://127.0.0.1:$port/graphql" >"$OUT/$name.json"
}
stop() {
  for pid_file in "$OUT"/*.pid; do
    if [ -f "$pid_file" ]; then kill "$(cat "$pid_file")" 2>/dev/null || true; rm -f "$pid_file"; fi
  done
}
trap stop EXIT

start orggrains 18731 dotnet "$OUT/orggrains/OrgGrains.Benchmarks.Http.dll" 18731
start yoga 18732 node yoga-server.mjs 18732
for port in 18731 18732; do
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s post.lua "http://127.0.0.1:$port/graphql" >/dev/null # warm-up
done

echo "| round | OrgGrains req/s | p50 / p99 | graphql-yoga req/s | p50 / p99 | ratio |"
echo "|---|---:|---|---:|---|---:|"
for round in $(seq "$ROUNDS"); do
  for name in orggrains yoga; do
    port=$([ "$name" = orggrains ] && echo 18731 || echo 18732)
    taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s post.lua "http://127.0.0.1:$port/graphql" >"$OUT/$name.$round.txt"
  done
  awk -v round="$round" '
    FNR == 1 { file++ }
    /^ +50%/ { p50[file] = $2 } /^ +99%/ { p99[file] = $2 } /^Requests\/sec/ { rps[file] = $2 }
    END { printf "| %d | %.0f | %s / %s | %.0f | %s / %s | %.2fx |\n", round, rps[1], p50[1], p99[1], rps[2], p50[2], p99[2], rps[1] / rps[2] }' \
    "$OUT/orggrains.$round.txt" "$OUT/yoga.$round.txt" | tee -a "$OUT/rounds.md"
done
median() { cut -d'|' -f"$1" "$OUT/rounds.md" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ours=$(median 3) theirs=$(median 5)
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "median: OrgGrains %.0f req/s, graphql-yoga %.0f req/s, ratio of medians %.2fx\n", a, b, a / b }'

# Both servers must have answered the same data.
node -e 'const [a, b] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")).data);
  if (JSON.stringify(a) !== JSON.stringify(b)) { console.error("responses differ"); process.exit(1); }
  console.log("responses identical:", a.authors.length, "authors");' "$OUT/orggrains.json" "$OUT/yoga.json"
stop
rm -rf "$OUT"
