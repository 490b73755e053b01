// graphql-js's operations/s for parse, validate and execute on the documents, schema and root value
// our BenchmarkDotNet benchmarks use (bench/OrgGrains.Benchmarks/GraphQL/Documents), so the two can
// be put side by side (bench/run-graphql-bench.sh). `--json` prints one JSON object instead of a table.
//
// Each measurement warms up, then runs rounds of ~1 s and keeps the median round, as a steady-state
// figure comparable to BenchmarkDotNet's mean. execute() gets the parsed, validated document — the
// counterpart of our executor's cached path.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../tests/node/package.json'));
const { buildSchema, parse, validate, execute, version } = require('graphql');

const documentsDirectory = resolve(here, '../OrgGrains.Benchmarks/GraphQL/Documents');
const read = (name) => readFileSync(resolve(documentsDirectory, name), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const rootValue = JSON.parse(read('root-value.json'));
const seconds = Number(process.env.GRAPHQL_BENCH_SECONDS ?? 1);

function measure(operation) {
  const run = (deadline) => {
    let count = 0;
    const start = process.hrtime.bigint();
    let now = start;
    while (now < deadline) {
      for (let i = 0; i < 50; i++) operation();
      count += 50;
      now = process.hrtime.bigint();
    }
    return Number(now - start) / count; // ns per operation
  };
  const ns = BigInt(Math.round(seconds * 1e9));
  run(process.hrtime.bigint() + ns / 2n); // warm-up: let the JIT settle
  const rounds = [];
  for (let r = 0; r < 5; r++) rounds.push(run(process.hrtime.bigint() + ns));
  rounds.sort((a, b) => a - b);
  const meanNs = rounds[2];
  return { meanNs, opsPerSecond: 1e9 / meanNs };
}

const results = [];
for (const name of ['three-fields', 'fragments', 'introspection']) {
  const text = read(`${name}.graphql`);
  const document = parse(text);
  const errors = validate(schema, document);
  const check = execute({ schema, document, rootValue });
  if (errors.length > 0 || check.errors) {
    throw new Error(`${name} does not run cleanly: ${JSON.stringify(errors.length > 0 ? errors : check.errors)}`);
  }
  results.push({ document: name, operation: 'Parse', ...measure(() => parse(text)) });
  results.push({ document: name, operation: 'Validate', ...measure(() => validate(schema, document)) });
  results.push({ document: name, operation: 'Execute', ...measure(() => execute({ schema, document, rootValue })) });
}

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ engine: 'graphql-js', version, node: process.version, results }) + '\n');
} else {
  console.log(`graphql-js ${version} on node ${process.version}`);
  console.log('| Document | Operation | Mean (µs) | Operations/s |');
  console.log('|---|---|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.document} | ${r.operation} | ${(r.meanNs / 1000).toFixed(2)} | ${Math.round(r.opsPerSecond).toLocaleString('en-US')} |`);
  }
}
