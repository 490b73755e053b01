// graphql-js 16's validate() of the documents of ValidationBenchmarks, in operations per second:
// the side-by-side baseline. Run from the repository root:
//   node bench/OrgGrains.Benchmarks/Validation/validation-graphql-js.mjs
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../../tests/node/package.json', import.meta.url));
const { buildSchema, parse, validate, getIntrospectionQuery } = require('graphql');

const source = fs.readFileSync(new URL('./ValidationDocuments.cs', import.meta.url), 'utf8');
const constant = (name) => {
  const start = source.indexOf(`public const string ${name} = `);
  const rest = source.slice(start).replace(/^[^=]*= /, '');
  if (rest.startsWith('"""')) {
    const body = rest.slice(3, rest.indexOf('"""', 3));
    const lines = body.split('\n').slice(1, -1);
    return lines.map((l) => l.slice(8)).join('\n');
  }
  return JSON.parse(rest.slice(0, rest.indexOf('";') + 1));
};

const schema = buildSchema(constant('Schema'));
const documents = {
  ThreeFieldQuery: parse(constant('ThreeFields')),
  FragmentHeavyQuery: parse(constant('Fragments')),
  IntrospectionQuery: parse(getIntrospectionQuery()),
};

for (const [name, document] of Object.entries(documents)) {
  if (validate(schema, document).length !== 0) throw new Error(`${name} is invalid`);
  const deadline = Date.now() + 500;
  while (Date.now() < deadline) validate(schema, document); // warm up
  let runs = 0;
  const start = process.hrtime.bigint();
  const end = Date.now() + 2000;
  while (Date.now() < end) {
    for (let i = 0; i < 100; i++) validate(schema, document);
    runs += 100;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name}: ${(runs / seconds).toFixed(0)} ops/s (${((seconds / runs) * 1e6).toFixed(2)} us/op)`);
}
