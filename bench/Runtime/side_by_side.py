"""Prints the side-by-side table of a bench/Runtime/compare.sh run: for every runtime benchmark,
the own runtime's and Orleans' mean (each round's mean, and their average) and allocation per
operation, from BenchmarkDotNet's JSON reports, and the retained heap per idle activation that
ActivationBenchmarks prints into its log."""
import glob, json, os, re, sys

out, rounds = sys.argv[1], int(sys.argv[2])
sides = {"old": "own runtime", "orleans": "Orleans 10.4.2"}


def load(side, r):
    rows = {}
    for path in sorted(glob.glob(os.path.join(out, f"{side}-{r}", "results", "*.json"))):
        for b in json.load(open(path))["Benchmarks"]:
            key = (b["Type"], b["MethodTitle"].strip("'"), b.get("Parameters", ""))
            stats, mem = b.get("Statistics") or {}, b.get("Memory") or {}
            rows[key] = (stats.get("Mean"), mem.get("BytesAllocatedPerOperation"))
    log = open(os.path.join(out, f"{side}-{r}", "run.log")).read()
    retained = [int(m) for m in re.findall(r"Retained heap per idle activation: (\d+) bytes", log)]
    return rows, retained


def time(ns):
    if ns is None:
        return "failed"
    for unit, scale in (("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.1f} ns"


def avg(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


data = {s: [load(s, r) for r in range(1, rounds + 1)] for s in sides}
keys = list(data["old"][0][0])
print(f"| Benchmark | Params | {sides['old']} mean | {sides['orleans']} mean | Orleans ÷ own | "
      f"{sides['old']} allocated | {sides['orleans']} allocated |")
print("|---|---|---:|---:|---:|---:|---:|")
for key in keys:
    cells, means = [], {}
    for s in sides:
        per_round = [rows.get(key, (None, None)) for rows, _ in data[s]]
        means[s] = avg([m for m, _ in per_round])
        cells.append((f"{time(means[s])} ({' / '.join(time(m) for m, _ in per_round)})",
                      " / ".join(sorted({f'{a:,} B' if a is not None else '?' for _, a in per_round}))))
    ratio = f"{means['orleans'] / means['old']:,.1f}×" if means["old"] and means["orleans"] else "—"
    params = key[2].replace("&", ", ") or "—"
    print(f"| {key[0]}: {key[1]} | {params} | {cells[0][0]} | {cells[1][0]} | {ratio} | {cells[0][1]} | {cells[1][1]} |")
retained = {s: [v for _, rs in data[s] for v in rs] for s in sides}
print(f"| ActivationBenchmarks: retained heap per idle activation (100,000) | — | "
      f"{' / '.join(f'{v:,} B' for v in retained['old'])} | {' / '.join(f'{v:,} B' for v in retained['orleans'])} | "
      f"{(avg(retained['orleans']) / avg(retained['old'])) if retained['old'] and retained['orleans'] else float('nan'):,.1f}× | | |")
print()
print(f"Means: average of the {rounds} rounds (each round's mean in brackets), rounds interleaved "
      "old, Orleans, old, Orleans. Allocated: per operation, every round (one value when all agree).")
