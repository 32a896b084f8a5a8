// Fetches the full introspection result from a live GraphQL endpoint (graphql-js's getIntrospectionQuery with every
// option on), rebuilds the schema with buildClientSchema and prints it with printSchema.
// Usage: node tests/js/introspection.mjs <url> [source.graphql]
// Output (stdout, JSON): { "introspected": "<printed SDL>", "source": "<printSchema(buildSchema(source))>" }; the
// second member only when a source SDL file is given. Exit code 1 (message on stderr) when the result has errors,
// is not a 200 answer, or is rejected by buildClientSchema.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [url, sourcePath] = process.argv.slice(2);
if (!url) {
  console.error('usage: node introspection.mjs <url> [source.graphql]');
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
    console.error(`HTTP ${res.status}: ${text.slice(0, 4000)}`);
    process.exit(1);
  }
  const body = JSON.parse(text);
  if (body.errors) {
    console.error(`errors: ${JSON.stringify(body.errors, null, 2).slice(0, 4000)}`);
    process.exit(1);
  }
  const out = { introspected: printSchema(buildClientSchema(body.data)) };
  if (sourcePath) {
    out.source = printSchema(buildSchema(readFileSync(sourcePath, 'utf8')));
  }
  console.log(JSON.stringify(out));
} catch (err) {
  console.error(`failed: ${err?.stack ?? err}`);
  process.exit(1);
}
