#!/usr/bin/env bash
# The end-to-end benchmark on Orleans beside the server it replaced, in one run: the old server is
# built from a temporary worktree of the last commit before the model moved to Orleans (its own
# grain runtime), then run.sh runs, one after another on the same machine and with the same driver
# options: the old server, this tree's server (one silo), and this tree's server as a 3-silo cluster.
#
#   bench/EndToEnd/compare.sh [--old COMMIT] [--sides "old orleans cluster"] [Small|Large] [driver options]
#
# Defaults: old = bb86c32, all three sides, Large, the driver's defaults (the issue's targets).
# Each side's report goes to bench/EndToEnd/results/<UTC time>/<side>.md (git-ignored), with the
# load average sampled every 10 s beside it.
set -euo pipefail

old=bb86c32
sides="old orleans cluster"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --old) old="$2"; shift 2 ;;
    --sides) sides="$2"; shift 2 ;;
    *) break ;;
  esac
done

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
out="$root/bench/EndToEnd/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
source "$root/bench/side-by-side.sh"
side_by_side_begin orggrains-e2e-old
{
  side_by_side_machine
  echo "driver options: $*"
} | tee "$out/machine.txt"

if [[ " $sides " == *" old "* ]]; then
  echo "== worktree of $old, building its server (Release)"
  git worktree add --detach --quiet "$oldtree" "$old"
  dotnet build -c Release --nologo -v q "$oldtree/src/OrgGrains.Server" > "$out/build-old.log" 2>&1 \
    || { tail -30 "$out/build-old.log"; exit 1; }
fi

status=0
for side in $sides; do
  case "$side" in
    old) args=(--server-dir "$oldtree/src/OrgGrains.Server/bin/Release/net10.0") ;;
    orleans) args=() ;;
    cluster) args=(--silos 3) ;;
    *) echo "unknown side $side" >&2; exit 2 ;;
  esac
  echo "== $side ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  bash bench/EndToEnd/run.sh "${args[@]}" "$@" > "$out/$side.md" 2> "$out/$side.log" || { status=1; echo "$side failed: see $out/$side.log"; tail -5 "$out/$side.log"; }
  grep -E "^\| |Ready after|Events:|Read back|Server CPU" "$out/$side.md" "$out/$side.log" | sed "s|^$out/||" || true
done
echo "== results in $out"
exit "$status"
