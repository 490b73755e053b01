// A graphql-ws client (graphql-transport-ws) over the `ws` package: subscribes, runs a query and a
// mutation, and prints what it received as JSON.
// Usage: node ws-client.mjs <tests/node folder> <ws url> <connection params as JSON>
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [nodeDir, url, params] = process.argv.slice(2);
const require = createRequire(join(nodeDir, 'package.json'));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: JSON.parse(params), retryAttempts: 0 });
const run = (payload) => new Promise((resolve, reject) => {
  const received = [];
  client.subscribe(payload, {
    next: (value) => received.push(value),
    error: (error) => reject(new Error(JSON.stringify(error?.reason ?? error?.message ?? error))),
    complete: () => resolve(received),
  });
});

const subscription = await run({ query: 'subscription Count($from: Int!) { countdown(from: $from) }', variables: { from: 3 } });
const query = await run({ query: '{ hello(name: "ws") }' });
const mutation = await run({ query: 'mutation { increment(by: 0) }' });
await client.dispose();
process.stdout.write(JSON.stringify({ subscription, query, mutation }));
