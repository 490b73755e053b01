#!/usr/bin/env bash
# Runtime benchmarks on Microsoft Orleans beside the same benchmarks on the grain runtime it
# replaced, in one run: the old side is built from a temporary worktree of the last commit that
# still had our own runtime (the old side: its whole benchmark project as it was, which filters to
# the same Runtime/ benchmarks), and the two are run in turn (old, Orleans, old, Orleans, ...)
# with the same BenchmarkDotNet job, so both see the same machine and much the same load.
#
#   bench/Runtime/compare.sh [--rounds N] [--old COMMIT] [--job JOB] [-- extra BenchmarkDotNet args]
#
# Defaults: 2 rounds, old = bb86c32 (the last commit before the model moved to Orleans; its
# runtime and Runtime/ benchmarks are the same as on the last commit that still had the runtime),
# job `short` in process. Results (markdown tables, JSON, logs) go to bench/Runtime/BenchmarkDotNet.Artifacts/<UTC time>/;
# the side-by-side table is printed at the end and written there as comparison.md.
set -euo pipefail

rounds=2
old=bb86c32
job=short
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --old) old="$2"; shift 2 ;;
    --job) job="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
git cat-file -e "$old:bench/OrgGrains.Benchmarks/Runtime" 2>/dev/null \
  || { echo "$old has no bench/OrgGrains.Benchmarks/Runtime" >&2; exit 2; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$root/bench/Runtime/BenchmarkDotNet.Artifacts/$stamp"  # git-ignored
mkdir -p "$out"
source "$root/bench/side-by-side.sh"
side_by_side_begin orggrains-runtime-bench
started=$(date +%s)
{
  side_by_side_machine
  echo "job: --job $job --inProcess ${extra[*]:-}"
} | tee "$out/machine.txt"

echo "== worktree of $old in $oldtree"
git worktree add --detach --quiet "$oldtree" "$old"

echo "== build (Release): old, then new"
dotnet build -c Release -nologo -v q "$oldtree/bench/OrgGrains.Benchmarks" > "$out/build-old.log" 2>&1 \
  || { tail -30 "$out/build-old.log"; exit 1; }
dotnet build -c Release -nologo -v q "$root/bench/OrgGrains.Benchmarks" > "$out/build-new.log" 2>&1 \
  || { tail -30 "$out/build-new.log"; exit 1; }
olddll="$oldtree/bench/OrgGrains.Benchmarks/bin/Release/net10.0/OrgGrains.Benchmarks.dll"
newdll="$root/bench/OrgGrains.Benchmarks/bin/Release/net10.0/OrgGrains.Benchmarks.dll"

run() { # side round dll
  local side=$1 round=$2 dll=$3 dir="$out/$1-$2"
  mkdir -p "$dir"
  echo "== $side, round $round ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"
  ( cd "$dir" && timeout 1500 dotnet "$dll" --filter '*Benchmarks.Runtime.*' --job "$job" --inProcess \
      --exporters github json --artifacts "$dir" "${extra[@]}" ) > "$dir/run.log" 2>&1 \
    || { echo "$side round $round failed (see $dir/run.log)"; tail -20 "$dir/run.log"; exit 1; }
  grep -h "Global total time" "$dir/run.log" || true
}

for ((r = 1; r <= rounds; r++)); do
  run old "$r" "$olddll"
  run orleans "$r" "$newdll"
done

kill "$sampler" 2>/dev/null || true
sampler=""
echo "== load average during the run (1/5/15 min, sampled every 10 s): $(awk '{print $2}' "$out/loadavg.log" | sort -n | sed -n '1p;$p' | paste -sd- -) (1-min min-max)"
echo "== elapsed $(( ($(date +%s) - started) / 60 )) min"

python3 "$root/bench/Runtime/side_by_side.py" "$out" "$rounds" | tee "$out/comparison.md"
