#!/usr/bin/env bash
# Bulk upsert into the embedded store (issue 14), old build beside new in one run: each server
# (production sign-in, rate limit lifted, small demo, SQLite in a fresh folder) pinned to CPU 0
# (BULK_SERVER_CPUS=0-1: both cores, curl sharing them),
# curl on CPU 1. After a warm-up batch per server, per round and server: a batch of N new people as one NDJSON request, then the
# same batch retried (replayed, nothing applied). Rounds alternate old/new so drift of the VM hits both.
# Usage: bench/Http/bulk.sh OLD_SERVER_DIR NEW_SERVER_DIR [ITEMS=20000] [ROUNDS=2]
#        (a server dir holds a Release build's OrgGrains.Server.dll)
set -euo pipefail
OLD=$(cd "$1" && pwd)
NEW=$(cd "$2" && pwd)
ITEMS=${3:-20000}
ROUNDS=${4:-2}
cd "$(dirname "$0")/../.."

DATA=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$DATA"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
SIGNING_KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
TOKEN=$(SIGNING_KEY="$SIGNING_KEY" python3 bench/admin-token.py)

declare -A URL PID
start() { # name dir
  local port; port=$(free_port)
  URL[$1]="http://127.0.0.1:$port"
  mkdir -p "$DATA/$1"
  (
    cd "$2"
    exec env Auth__SigningKey="$SIGNING_KEY" Auth__Issuer=bench Auth__Audience=orggrains RateLimit__PermitLimit=2000000000 \
      Urls="${URL[$1]}" Storage__Provider=Sqlite Storage__Sqlite__DataSource="$DATA/$1/orggrains.db" Demo__Size=Small \
      Cluster__SiloPort="$(free_port)" Cluster__GatewayPort="$(free_port)" ${BULK_SERVER_ENV:-} \
      taskset -c "${BULK_SERVER_CPUS:-0}" dotnet OrgGrains.Server.dll
  ) >"$DATA/$1.log" 2>&1 &
  PIDS+=($!)
  PID[$1]=$!
  until curl -sf -o /dev/null "${URL[$1]}/health/ready"; do sleep 1; done
}

items() { # prefix
  python3 - "$1" "$ITEMS" <<'PY'
import json, sys
prefix, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    key = f"{prefix}-{i}"
    print(json.dumps({"id": f"i{i}", "person": {"key": key, "name": f"Person {i}", "email": f"{key}@example.org", "discipline": "ML_OPS"}}))
PY
}

# The server's CPU time so far, in clock ticks (user + system, /proc/PID/stat fields 14 and 15):
# CPU per item is steadier than items/s on a shared machine.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${PID[$1]}/stat"; }

post() { # name batch file -> "seconds cpu-µs-per-item summary"
  local started ended summary ticks
  ticks=$(cpu_ticks "$1")
  started=$(date +%s.%N)
  summary=$(taskset -c 1 curl -sf --data-binary @"$3" -H 'content-type: application/x-ndjson' -H "authorization: Bearer $TOKEN" \
    "${URL[$1]}/api/bulk?batchId=$2" | tail -n 1)
  ended=$(date +%s.%N)
  ticks=$(( $(cpu_ticks "$1") - ticks ))
  echo "$(python3 -c "print(f'{$ended - $started:.2f} {$ticks * 1e6 / $(getconf CLK_TCK) / $ITEMS:.0f}')") $summary"
}

echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), dotnet $(dotnet --version)"
start old "$OLD"
start new "$NEW"
# Warm-up, not counted: a fresh server's code is still at tier 0 (on one busy core the JIT's
# tier-up lags), and the first batch of a server measures the JIT more than the store.
for side in old new; do
  items "$side-warm" >"$DATA/items.ndjson"
  post "$side" warm "$DATA/items.ndjson" >/dev/null
done
echo "| round | build | items | seconds | items/s | server CPU µs/item | summary |"
echo "|---|---|---:|---:|---:|---:|---|"
for ((r = 1; r <= ROUNDS; r++)); do
  for side in old new; do
    items "$side-r$r" >"$DATA/items.ndjson"
    for run in "b$r" "b$r retried"; do
      read -r seconds cpu summary < <(post "$side" "b$r" "$DATA/items.ndjson")
      echo "| $r | $side | $ITEMS | $seconds | $(python3 -c "print(f'{$ITEMS / $seconds:,.0f}')") | $cpu | ${run#b$r} $summary |"
    done
    echo "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done
done
errors=$(cat "$DATA"/*.log | awk '/^[a-z]+: / { keep = /^(fail|crit): / && !/HealthChecks/ } keep')
[ -z "$errors" ] || { echo "== The servers logged errors:" >&2; head -n 40 <<<"$errors" >&2; exit 1; }
