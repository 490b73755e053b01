# Sourced by the side-by-side comparisons (bench/Runtime/compare.sh, bench/EndToEnd/compare.sh), which
# run an old commit's build beside this tree's in one run. Needs `root`, `out` and `old` set.
# side_by_side_begin NAME: a temporary folder `tmp` with `oldtree` ($tmp/old) for the old side's
# worktree, both removed on exit, and the load average sampled every 10 s into $out/loadavg.log for
# the whole run (the machine may be shared, and the figures mean little without it).
side_by_side_begin() {
  tmp="$(mktemp -d "/tmp/$1.XXXXXX")"
  oldtree="$tmp/old"
  sampler=""
  trap side_by_side_cleanup EXIT
  ( while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done ) > "$out/loadavg.log" &
  sampler=$!
}

side_by_side_cleanup() {
  [[ -n "$sampler" ]] && kill "$sampler" 2>/dev/null || true
  if [[ -d "$oldtree" ]]; then git -C "$root" worktree remove --force "$oldtree" || true; fi
  git -C "$root" worktree prune || true
  rm -rf "$tmp"
}

# What ran where: both commits and the machine.
side_by_side_machine() {
  echo "new: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . || echo ' + uncommitted changes')"
  echo "old: $(git -C "$root" rev-parse --short "$old")"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), memory $(free -h | awk '/^Mem:/ {print $2}'), dotnet $(dotnet --version)"
}
