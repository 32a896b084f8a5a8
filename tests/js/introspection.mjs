// Fetches the full introspection result from a live GraphQL endpoint (graphql-js's getIntrospectionQuery with every
// option on), rebuilds the schema with buildClientSchema and prints it with printSchema.
// Usage: node tests/js/introspection.mjs http://127.0.0.1:5000/graphql
// Output: the printed SDL on stdout; exit code 1 (message on stderr) when the result has errors or is rejected.
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspection.mjs <url>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

try {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
  });
  const text = await res.text();
  if (res.status !== 200) {
    console.error(`HTTP ${res.status}: ${text.slice(0, 2000)}`);
    process.exit(1);
  }
  const body = JSON.parse(text);
  if (body.errors) {
    console.error(`errors: ${JSON.stringify(body.errors, null, 2).slice(0, 4000)}`);
    process.exit(1);
  }
  const schema = buildClientSchema(body.data);
  process.stdout.write(printSchema(schema));
  process.stdout.write('\n');
} catch (err) {
  console.error(`failed: ${err?.stack ?? err}`);
  process.exit(1);
}
