// The conformance oracle: graphql-js (the reference implementation) answering the same JSON-lines
// cases as our runner (tests/OrgGrains.GraphQL.Conformance).
//
// In:  one case a line: {"id", "schema": SDL, "rootValue": JSON, "query", "variables", "operationName"}
// Out: one line a case, in input order:
//      {"id", "stage", "result": {"data"?, "errors"?}}  or  {"id", "stage": "schema", "schemaErrors": [...]}
// "stage" says where the request stopped, so a difference can be classified:
//      "parse"      — the document is not valid GraphQL syntax (spec §2); result.errors has the syntax error
//      "validation" — the document failed validation (spec §5); result.errors lists every rule violation
//      "request"    — execution could not start (spec §6.1: no such operation, variable coercion failed,
//                     a subscription without a source stream)
//      "execution"  — the operation ran (spec §6); result.data (and field errors with paths)
// Field values come from graphql-js's default field resolver (the parent object's property of the
// field's name); an abstract type's concrete type comes from the "__typename" property, which is what
// graphql-js's default type resolver reads.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// graphql lives in tests/node/node_modules, not next to this file; resolve it from there.
const here = dirname(fileURLToPath(import.meta.url));
const nodeTools = process.env.ORGGRAINS_NODE_TOOLS ?? resolve(here, '../../node');
const require = createRequire(resolve(nodeTools, 'package.json'));
const { buildSchema, validateSchema, parse, validate, execute, subscribe, getOperationAST, locatedError, GraphQLError, Kind } = require('graphql');

const schemas = new Map();

function schemaFor(sdl) {
  let entry = schemas.get(sdl);
  if (entry === undefined) {
    try {
      const schema = buildSchema(sdl);
      const errors = validateSchema(schema);
      entry = errors.length > 0 ? { errors: errors.map((e) => e.message) } : { schema };
    } catch (e) {
      // buildSchema throws a GraphQLError for SDL syntax and an Error joining SDL validation messages.
      entry = { errors: e instanceof GraphQLError ? [e.message] : String(e.message).split('\n\n') };
    }
    schemas.set(sdl, entry);
  }
  return entry;
}

async function run(testCase) {
  const { id } = testCase;
  const entry = schemaFor(testCase.schema);
  if (entry.errors) return { id, stage: 'schema', schemaErrors: entry.errors };

  let document;
  try {
    document = parse(testCase.query);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return { id, stage: 'parse', result: { errors: [e.toJSON()] } };
  }

  const validationErrors = validate(entry.schema, document);
  if (validationErrors.length > 0) {
    return { id, stage: 'validation', result: { errors: validationErrors.map((e) => e.toJSON()) } };
  }

  const args = {
    schema: entry.schema,
    document,
    rootValue: testCase.rootValue ?? undefined,
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
  };
  // §6.2.3: a subscription operation is subscribed to, not executed. graphql-js's execute() (and
  // graphql()) would run it like a query; subscribe() follows the spec. A JSON root value never
  // holds a source stream, so a subscription ends in a request error.
  const operation = getOperationAST(document, args.operationName);
  const result = operation?.operation === 'subscription' ? await subscribeToJson(args, operation) : await execute(args);
  const json = {};
  if ('data' in result) json.data = result.data;
  if (result.errors) json.errors = result.errors.map((e) => e.toJSON());
  return { id, stage: 'data' in result ? 'execution' : 'request', result: json };
}

// graphql-js throws a plain Error when the root field's value is not an event stream; the spec makes
// a failure to resolve the source stream a request error (§6.2.3.1 CreateSourceEventStream), so it is
// reported as one, at the root field, as graphql-js reports a root resolver that throws.
async function subscribeToJson(args, operation) {
  try {
    const result = await subscribe(args);
    if (typeof result[Symbol.asyncIterator] === 'function') throw new Error('A JSON root value produced a source stream.');
    return result;
  } catch (e) {
    if (!String(e?.message).startsWith('Subscription field must return Async Iterable')) throw e;
    const responseKey = (field) => (field.alias ?? field.name).value;
    const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
    const rootFields = fields.filter((f) => responseKey(f) === responseKey(fields[0]));
    return { errors: [locatedError(e, rootFields.length > 0 ? rootFields : undefined, rootFields.length > 0 ? [responseKey(rootFields[0])] : undefined)] };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let output;
  let id = null;
  try {
    const testCase = JSON.parse(line);
    id = testCase.id ?? null;
    output = await run(testCase);
  } catch (e) {
    // A broken case (not JSON, or graphql-js crashing) must not take the whole batch down.
    output = { id, stage: 'crash', crash: String(e?.stack ?? e) };
  }
  process.stdout.write(JSON.stringify(output) + '\n');
}
