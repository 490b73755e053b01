// A graphql-sse client: subscribes and runs a query, in distinct-connections or single-connection mode.
// Usage: node sse-client.mjs <tests/node folder> <url> <"single"|"distinct">; prints what it received as JSON.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [nodeDir, url, mode] = process.argv.slice(2);
const { createClient } = createRequire(join(nodeDir, 'package.json'))('graphql-sse');

const client = createClient({ url, singleConnection: mode === 'single', retryAttempts: 0 });
const run = (payload) => new Promise((resolve, reject) => {
  const received = [];
  client.subscribe(payload, {
    next: (value) => received.push(value),
    error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
    complete: () => resolve(received),
  });
});

const [subscription, query] = await Promise.all([
  run({ query: 'subscription Count($from: Int!) { countdown(from: $from) }', variables: { from: 3 } }),
  run({ query: '{ hello(name: "sse") }' }),
]);
client.dispose();
process.stdout.write(JSON.stringify({ subscription, query }));
