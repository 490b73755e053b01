// Runs graphql-http's server audits (the executable statement of GraphQL over HTTP) against a URL.
// Usage: node http-audit.mjs <tests/node folder> <url>; prints [{ id, name, status, reason }] as JSON.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [nodeDir, url] = process.argv.slice(2);
const { serverAudits } = createRequire(join(nodeDir, 'package.json'))('graphql-http');

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
}
process.stdout.write(JSON.stringify(results));
