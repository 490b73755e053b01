// graphql-js as the oracle for the introspection and schema printer tests.
// Usage: node graphql-js-oracle.mjs <dir holding node_modules/graphql>; reads one JSON request on stdin:
//   { "op": "introspectionQuery" }                          -> the full introspection query text
//   { "op": "introspect", "sdl": "..." }                    -> graphql-js's introspection result for the SDL
//   { "op": "buildClientSchema", "introspection": {...} }   -> printSchema(buildClientSchema(data))
//   { "op": "printSchema", "sdl": "..." }                   -> printSchema(buildSchema(sdl))
import { createRequire } from 'node:module';

const require = createRequire(process.argv[2] + '/');
const g = require('graphql');

const allOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);

let output;
switch (request.op) {
  case 'introspectionQuery':
    output = g.getIntrospectionQuery(allOptions);
    break;
  case 'introspect':
    output = JSON.stringify(g.graphqlSync({ schema: g.buildSchema(request.sdl), source: g.getIntrospectionQuery(allOptions) }));
    break;
  case 'buildClientSchema': {
    const schema = g.buildClientSchema(request.introspection);
    const errors = g.validateSchema(schema);
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
    output = g.printSchema(schema);
    break;
  }
  case 'printSchema':
    output = g.printSchema(g.buildSchema(request.sdl));
    break;
  default:
    throw new Error('Unknown op ' + request.op);
}
process.stdout.write(output);
