#!/usr/bin/env bash
# End-to-end mixed-load benchmark: the real server (src/OrgGrains.Server, Release) on SQLite in a fresh
# temporary data folder with a demo organisation, pinned to CPU 0; the load driver
# (bench/OrgGrains.Benchmarks.EndToEnd) pinned to CPU 1. The driver's report is printed as Markdown.
# Usage: bench/EndToEnd/run.sh [--silos N] [--server-dir DIR] [Small|Large] [driver options, e.g. --duration 60 --events 5000]
#        [--then driver options for another run against the same server ...]
#        (`dotnet bench/OrgGrains.Benchmarks.EndToEnd/bin/Release/net10.0/OrgGrains.Benchmarks.EndToEnd.dll`
#        without arguments lists the driver's options.) Loading the large organisation takes minutes,
#        so `--then` runs more loads against the server it loaded once.
#   --silos N       N servers (silos) in one Orleans cluster, all pinned to CPU 0 (the same CPU as one
#                   server gets), clustered through an Azure Table on Azurite (tests/node's, started here
#                   on 127.0.0.1) and sharing the one SQLite file; the driver sends to them in turn. The
#                   demo is loaded through the first one, after the others have joined.
#   --server-dir D  run the server already built in D (OrgGrains.Server.dll) instead of building this
#                   tree's: bench/EndToEnd/compare.sh uses it to run an older build beside this one.
set -euo pipefail
cd "$(dirname "$0")/../.."

SILOS=1
SERVER_DIR=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --silos) SILOS="$2"; shift 2 ;;
    --server-dir) SERVER_DIR="$(cd "$2" && pwd)"; shift 2 ;;
    *) break ;;
  esac
done
[[ "$SILOS" =~ ^[1-9]$ ]] || { echo "--silos takes 1 to 9 (got '$SILOS')." >&2; exit 2; }

SIZE=${1:-Large}
shift || true
case "$SIZE" in Small | Large) ;; *) echo "The first argument is the demo size: Small or Large (got '$SIZE')." >&2; exit 2 ;; esac

DATA=$(mktemp -d)
PIDS=()
AZURITE_PID=
cleanup() {
  for pid in "${PIDS[@]}" $AZURITE_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$DATA"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
working_set() { ps -o rss= -p "$(IFS=,; echo "${PIDS[*]}")" | awk '{ kib += $1 } END { printf "%.0f MiB", kib / 1024 }'; }

echo "== Building (Release)" >&2
if [ -z "$SERVER_DIR" ]; then
  dotnet build -c Release src/OrgGrains.Server --nologo -v q >/dev/null
  SERVER_DIR=$PWD/src/OrgGrains.Server/bin/Release/net10.0
fi
dotnet build -c Release bench/OrgGrains.Benchmarks.EndToEnd --nologo -v q >/dev/null
DRIVER=bench/OrgGrains.Benchmarks.EndToEnd/bin/Release/net10.0/OrgGrains.Benchmarks.EndToEnd.dll

# Every silo gets its own silo-to-silo and gateway port, so nothing else on the machine (a test run,
# another server on the default 11111/30000) collides with it.
CLUSTER_ENV=()
if [ "$SILOS" -gt 1 ]; then
  [ -x tests/node/node_modules/.bin/azurite ] || npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
  read -r BLOB_PORT QUEUE_PORT TABLE_PORT < <(echo "$(free_port) $(free_port) $(free_port)")
  tests/node/node_modules/.bin/azurite --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" \
    --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location "$DATA/azurite" --disableTelemetry --silent --loose --skipApiVersionCheck \
    >"$DATA/azurite.log" 2>&1 &
  AZURITE_PID=$!
  until curl -s -o /dev/null "http://127.0.0.1:$TABLE_PORT/"; do sleep 0.5; done
  KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
  CLUSTER_ENV=(Cluster__Provider=AzureStorage Cluster__ClusterId=bench
    "Storage__AzureBlob__ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;")
  echo "== Azurite (cluster membership table) on 127.0.0.1:$TABLE_PORT" >&2
fi

# start_server DEMO_SIZE: one more server from the build output (so it reads its appsettings.json,
# logging levels included, as deployed), pinned to CPU 0, on the shared SQLite file. Sign-in as in
# production with one signing key for every server (a development server signs with a key of its
# own, which the cluster's other servers would refuse); the per-caller rate limit lifted, since the
# driver is one caller.
SIGNING_KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
URLS=()
start_server() {
  local port url n=${#PIDS[@]}
  port=$(free_port)
  url="http://127.0.0.1:$port"
  (
    cd "$SERVER_DIR"
    exec env Auth__SigningKey="$SIGNING_KEY" Auth__Issuer=bench Auth__Audience=orggrains RateLimit__PermitLimit=2000000000 Urls="$url" Storage__Provider=Sqlite Storage__Sqlite__DataSource="$DATA/orggrains.db" Demo__Size="$1" \
      Cluster__SiloPort="$(free_port)" Cluster__GatewayPort="$(free_port)" "${CLUSTER_ENV[@]}" \
      taskset -c 0 dotnet OrgGrains.Server.dll
  ) >"$DATA/server-$n.log" 2>&1 &
  PIDS+=($!)
  URLS+=("$url")
}

wait_ready() { # index in PIDS
  local pid=${PIDS[$1]} url=${URLS[$1]} started=$SECONDS
  until curl -sf -o /dev/null "$url/health/ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Server $1 exited while starting:" >&2
      tail -n 40 "$DATA/server-$1.log" >&2
      exit 1
    fi
    if [ $((SECONDS - started)) -gt 1800 ]; then
      echo "Server $1 was not ready after 30 minutes:" >&2
      tail -n 20 "$DATA/server-$1.log" >&2
      exit 1
    fi
    sleep 1
  done
}

# The other silos first, with no demo of their own, so that the last one's load places grains on all.
for ((i = 1; i < SILOS; i++)); do start_server None; done
for ((i = 0; i < SILOS - 1; i++)); do wait_ready "$i"; done
echo "== Starting the server that loads the $SIZE organisation ($SILOS in all, pinned to CPU 0); data in $DATA" >&2
start_server "$SIZE"
started=$SECONDS
wait_ready "$((SILOS - 1))"
echo "== Ready after $((SECONDS - started)) s; servers' working set $(working_set)" >&2

# An admin token for the driver, HS256 with that key (builds from before sign-in ignore it).
ORGGRAINS_BENCH_TOKEN=$(SIGNING_KEY="$SIGNING_KEY" python3 bench/admin-token.py)
export ORGGRAINS_BENCH_TOKEN

status=0
drive() {
  local targets=()
  for ((i = 0; i < SILOS; i++)); do targets+=(--url "${URLS[$i]}/graphql" --server-pid "${PIDS[$i]}"); done
  echo "== Load driver, pinned to CPU 1: $*" >&2
  taskset -c 1 dotnet "$DRIVER" "${targets[@]}" "$@" || status=$?
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

echo "== Servers' working set after the run: $(working_set)" >&2
# Readiness reports unhealthy (logged as a failure) while the organisation loads: that is expected.
# Orleans warns when CPU-bound work holds up its scheduler ("... stalled", thread-pool starvation):
# the issue asks that the load does not cause it, so the run says how often it happened.
stalls=$(cat "$DATA"/server-*.log | grep -ciE 'stalled|starvation' || true)
echo "== Scheduler stall / thread-pool starvation warnings in the servers' logs: $stalls" >&2
[ "$stalls" -eq 0 ] || grep -hiE -B1 -m 5 'stalled|starvation' "$DATA"/server-*.log >&2
errors=$(cat "$DATA"/server-*.log | awk '/^[a-z]+: / { keep = /^(fail|crit): / && !/HealthChecks/ } keep')
if [ -n "$errors" ]; then
  echo "== The servers logged errors:" >&2
  head -n 40 <<<"$errors" >&2
  status=1
fi
exit "$status"
