// Puts our BenchmarkDotNet results (its CSV report) beside graphql-js's (bench.mjs --json) as one
// markdown table: mean, allocation and operations/s for each engine, and our speed-up.
// Usage: node compare.mjs <BenchmarkDotNet report.csv> <graphql-js.json>
import { readFileSync } from 'node:fs';

const [csvPath, jsPath] = process.argv.slice(2);
const theirs = JSON.parse(readFileSync(jsPath, 'utf8'));

// BenchmarkDotNet writes quoted or bare cells separated by commas, with units inside the cells.
function parseCsv(text) {
  const rows = text.trim().split(/\r?\n/).map((line) => {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) { cells.push(cell); cell = ''; }
      else cell += ch;
    }
    cells.push(cell);
    return cells;
  });
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

const timeUnits = { ns: 1, 'μs': 1e3, 'µs': 1e3, us: 1e3, ms: 1e6, s: 1e9 };
const sizeUnits = { B: 1, KB: 1024, MB: 1024 * 1024 };
const quantity = (text, units) => {
  const [number, unit] = text.trim().replace(/,/g, '').split(/\s+/);
  return Number(number) * (units[unit] ?? NaN);
};

const ours = parseCsv(readFileSync(csvPath, 'utf8'));
console.log(`Ours: BenchmarkDotNet (${csvPath.split('/').pop()}); graphql-js ${theirs.version} on node ${theirs.node}.`);
console.log('');
console.log('| Document | Operation | Ours mean | Ours allocated | Ours ops/s | graphql-js mean | graphql-js ops/s | Ours ÷ graphql-js |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of theirs.results) {
  const row = ours.find((o) => o.Method === r.operation && o.Document === r.document);
  if (!row) continue;
  const meanNs = quantity(row.Mean, timeUnits);
  const ratio = r.meanNs / meanNs;
  console.log(`| ${r.document} | ${r.operation} | ${(meanNs / 1000).toFixed(2)} µs | ${row.Allocated} | ${Math.round(1e9 / meanNs).toLocaleString('en-US')} | ${(r.meanNs / 1000).toFixed(2)} µs | ${Math.round(r.opsPerSecond).toLocaleString('en-US')} | ${ratio.toFixed(1)}× |`);
}
