#!/usr/bin/env bash
# End-to-end mixed-load benchmark: the real server (src/OrgGrains.Server, Release) on SQLite in a fresh
# temporary data folder with a demo organisation, pinned to CPU 0; the load driver
# (bench/OrgGrains.Benchmarks.EndToEnd) pinned to CPU 1. The driver's report is printed as Markdown.
# Usage: bench/EndToEnd/run.sh [Small|Large] [driver options, e.g. --duration 60 --events 5000]
#        [--then driver options for another run against the same server ...]
#        (`dotnet bench/OrgGrains.Benchmarks.EndToEnd/bin/Release/net10.0/OrgGrains.Benchmarks.EndToEnd.dll`
#        without arguments lists the driver's options.) Loading the large organisation takes minutes,
#        so `--then` runs more loads against the server it loaded once.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE=${1:-Large}
shift || true
case "$SIZE" in Small | Large) ;; *) echo "The first argument is the demo size: Small or Large (got '$SIZE')." >&2; exit 2 ;; esac

DATA=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "== Building (Release)" >&2
dotnet build -c Release src/OrgGrains.Server --nologo -v q >/dev/null
dotnet build -c Release bench/OrgGrains.Benchmarks.EndToEnd --nologo -v q >/dev/null
SERVER_DIR=src/OrgGrains.Server/bin/Release/net10.0
DRIVER=bench/OrgGrains.Benchmarks.EndToEnd/bin/Release/net10.0/OrgGrains.Benchmarks.EndToEnd.dll

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
URL="http://127.0.0.1:$PORT"

echo "== Starting the server ($SIZE organisation) on $URL, pinned to CPU 0; data in $DATA" >&2
# Run from the build output so the server reads its appsettings.json (logging levels) as deployed.
# Development sign-in (the driver signs in with a token from /dev/token, validated on every request
# as in production); the per-caller rate limit lifted, since the driver is one caller.
(
  cd "$SERVER_DIR"
  exec env ASPNETCORE_ENVIRONMENT=Development RateLimit__PermitLimit=2000000000 Urls="$URL" Storage__Provider=Sqlite Storage__Sqlite__DataSource="$DATA/orggrains.db" Demo__Size="$SIZE" \
    taskset -c 0 dotnet OrgGrains.Server.dll
) >"$DATA/server.log" 2>&1 &
SERVER_PID=$!

started=$SECONDS
until curl -sf -o /dev/null "$URL/health/ready"; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "The server exited while starting:" >&2
    tail -n 40 "$DATA/server.log" >&2
    exit 1
  fi
  if [ $((SECONDS - started)) -gt 1800 ]; then
    echo "The server was not ready after 30 minutes:" >&2
    tail -n 20 "$DATA/server.log" >&2
    exit 1
  fi
  sleep 2
done
echo "== Ready after $((SECONDS - started)) s; server working set $(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MiB", $1 / 1024}')" >&2

ORGGRAINS_BENCH_TOKEN=$(curl -sf "$URL/dev/token?role=admin&sub=bench")
export ORGGRAINS_BENCH_TOKEN

status=0
drive() {
  echo "== Load driver, pinned to CPU 1: $*" >&2
  taskset -c 1 dotnet "$DRIVER" --url "$URL/graphql" --server-pid "$SERVER_PID" "$@" || status=$?
}
run_args=()
for arg in "$@"; do
  if [ "$arg" = --then ]; then
    drive "${run_args[@]}"
    run_args=()
  else
    run_args+=("$arg")
  fi
done
drive "${run_args[@]}"

echo "== Server working set after the run: $(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MiB", $1 / 1024}')" >&2
# Readiness reports unhealthy (logged as a failure) while the organisation loads: that is expected.
errors=$(awk '/^[a-z]+: / { keep = /^(fail|crit): / && !/HealthChecks/ } keep' "$DATA/server.log")
if [ -n "$errors" ]; then
  echo "== The server logged errors:" >&2
  head -n 40 <<<"$errors" >&2
  status=1
fi
exit "$status"
