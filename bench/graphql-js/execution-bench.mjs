// graphql-js 16 baseline for ExecutionBenchmarks.Conversations25: same schema, query and in-memory data,
// default resolvers, document parsed and validated once (as our executor's document cache does).
// Run: node bench/graphql-js/execution-bench.mjs   (uses graphql from tests/js/node_modules)
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../tests/js/package.json', import.meta.url));
const { buildSchema, parse, validate, execute, getIntrospectionQuery } = require('graphql');

const sdl = `
type Query { conversations(first: Int = 25): [Conversation!]! }
type Conversation {
  id: ID!
  status: Status!
  unreadCount: Int!
  createdAt: String!
  contact: Contact!
  assignee: Agent
  labels: [String!]!
  messages: [Message!]!
}
type Contact { id: ID! name: String! email: String phone: String }
type Agent { id: ID! name: String! availability: String! }
type Message { id: ID! content: String! incoming: Boolean! sender: Contact }
enum Status { OPEN RESOLVED PENDING }
`;
const query = `
query Conversations {
  conversations(first: 25) {
    id status unreadCount createdAt labels
    contact { id name email phone }
    assignee { id name availability }
    messages { id content incoming sender { id name } }
  }
}`;

const conversations = Array.from({ length: 25 }, (_, k) => {
  const i = k + 1;
  const contact = { id: `c${i}`, name: `Contact ${i}`, email: `contact${i}@example.com`, phone: i % 2 === 0 ? null : `+1555000${String(i).padStart(4, '0')}` };
  const assignee = i % 3 === 0 ? null : { id: `a${i % 4}`, name: `Agent ${i % 4}`, availability: 'online' };
  const messages = [1, 2, 3].map((m) => ({ id: `m${i}-${m}`, content: `Message ${m} of conversation ${i}`, incoming: m % 2 === 1, sender: m % 2 === 1 ? contact : null }));
  return { id: `${i}`, status: ['OPEN', 'RESOLVED', 'PENDING'][i % 3], unreadCount: i % 5, createdAt: '2024-05-01T10:00:00Z', contact, assignee, labels: ['support', `l${i % 4}`], messages };
});

const schema = buildSchema(sdl);
const rootValue = { conversations: ({ first }) => conversations.slice(0, first) };

function bench(name, document) {
  const errors = validate(schema, document);
  if (errors.length) throw new Error(errors[0].message);
  const run = () => execute({ schema, document, rootValue });
  for (let i = 0; i < 2000; i++) run();
  const iterations = name === 'conversations' ? 20000 : 2000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const result = run();
    if (result.errors) throw new Error(result.errors[0].message);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  console.log(`${name}: ${(elapsed / iterations).toFixed(2)} us/op (${Math.round(iterations / (elapsed / 1e6))} ops/s)`);
}

bench('conversations', parse(query));
bench('introspection', parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })));
