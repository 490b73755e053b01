// The baseline: graphql-yoga serving bench/Http/schema.graphql over the same data as our server.
// Usage: node yoga-server.mjs <port>
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';

const port = Number(process.argv[2] ?? 5302);
const authors = Array.from({ length: 20 }, (_, i) => ({
  id: `a${i}`,
  name: `Author ${i}`,
  books: Array.from({ length: 3 }, (_, j) => ({ id: `b${i}-${j}`, name: `Book ${j} of Author ${i}` })),
}));

const yoga = createYoga({
  schema: createSchema({
    typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
    resolvers: {
      Query: { authors: () => authors },
      Author: { md5: (author) => createHash('md5').update(author.name).digest('hex') },
    },
  }),
  graphiql: false,
  logging: false,
});

createServer(yoga).listen(port, '127.0.0.1', () => console.log(`yoga listening on ${port}`));
