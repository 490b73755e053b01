#!/usr/bin/env bash
# Screenshots of every portal page into docs/portal/*.png, taken in headless Chromium (Debian's
# chromium through playwright-core, as the browser tests do) against a fresh server with the small
# demo organisation (the one `dotnet run` loads). With --large, also the overview and the dependency
# map of the Large demo (100,000 people, 10,000 pods; loading it takes a few minutes on 2 cores).
# Needs `npm ci --prefix tests/node` (eng/test.sh runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/docs/portal"
mkdir -p "$out"
dotnet build src/OrgGrains.Server -c Release --nologo -v q
server="$root/src/OrgGrains.Server/bin/Release/net10.0/OrgGrains.Server.dll"
driver="$root/tests/OrgGrains.Server.Tests/Portal/node/portal-browser.mjs"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# start <port> <folder> <extra env...>: a Development server on 127.0.0.1:<port>, waits until ready.
start() {
  local port=$1 folder=$2; shift 2
  mkdir -p "$folder"
  (cd "$folder" && exec env ASPNETCORE_ENVIRONMENT=Development Urls="http://127.0.0.1:$port" Auth__AllowAnonymousRead=true \
    Storage__Provider=Sqlite Storage__Sqlite__DataSource="$folder/orggrains.db" Cluster__ClusterId="screenshots-$port" \
    Cluster__SiloPort=$((port + 10000)) Cluster__GatewayPort=$((port + 20000)) Logging__LogLevel__Default=Warning "$@" \
    dotnet "$server" > "$folder/server.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 900); do
    curl -sf -m 2 "http://127.0.0.1:$port/health/ready" > /dev/null && return 0
    sleep 1
  done
  echo "The server on port $port did not get ready: see $folder/server.log" >&2
  return 1
}

work=$(mktemp -d)
start 5181 "$work/small" Demo__Size=Small Demo__Seed=2026
pod=pod-00009
unit=$(printf 'Pod:%s' "$pod" | base64 | tr -d '=')
node "$driver" tests/node screenshots http://127.0.0.1:5181 "$(cat <<JSON
{"folder": "$out", "pages": [
  ["overview", "/", "[data-testid=\"recent-alerts\"]"],
  ["domains", "/domains", "main table tbody tr"],
  ["domain", "/domains/dom-0001", "[data-testid=\"domain-pods\"]"],
  ["pods", "/pods", "main table tbody tr"],
  ["pod", "/pods/$pod", "[data-testid=\"pod-members\"]"],
  ["map", "/map?unit=$unit&direction=UPSTREAM&depth=all&max=150", "[data-drawn-nodes]"],
  ["map-downstream", "/map", "[data-drawn-nodes]"],
  ["people", "/people?discipline=DATA_SCIENCE", "main table tbody tr"],
  ["person", "/people/person-000018", "[data-testid=\"person-allocations\"]"],
  ["networks", "/networks", "main table tbody tr"],
  ["network", "/networks/net-001", "[data-testid=\"community-members\"]"],
  ["labs", "/labs", "main table tbody tr"],
  ["lab", "/labs/lab-001", "[data-testid=\"community-members\"]"]
]}
JSON
)"
node "$driver" tests/node screenshots http://127.0.0.1:5181 \
  "{\"folder\": \"$out\", \"viewport\": {\"width\": 390, \"height\": 844}, \"pages\": [[\"phone-overview\", \"/\", \"[data-testid=\\\"recent-alerts\\\"]\"], [\"phone-pod\", \"/pods/$pod\", \"[data-testid=\\\"pod-members\\\"]\"]]}"

if [ "${1:-}" = "--large" ]; then
  start 5182 "$work/large" Demo__Size=Large Demo__Seed=2026
  node "$driver" tests/node screenshots http://127.0.0.1:5182 "{\"folder\": \"$out\", \"fullPage\": false, \"timeout\": 60000, \"pages\": [
    [\"large-overview\", \"/\", \"[data-testid=\\\"recent-alerts\\\"]\"],
    [\"large-map\", \"/map?depth=all&max=300\", \"[data-drawn-nodes]\"]]}"
fi
cleanup
pids=()
sleep 2
rm -rf "$work"
ls "$out"
