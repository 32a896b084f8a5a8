// Validates GraphQL documents against a schema with graphql-js 16's validate() (all specified rules), so the
// engine's validator can be compared with the reference implementation.
// Usage: node tests/js/validate.mjs <input.json>, where input.json is { "schema": "<SDL>", "documents": ["..."] }.
// Output: a JSON array with, per document, the array of errors as { message, locations: [[line, column]] }.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <input.json>');
  process.exit(2);
}

const input = JSON.parse(readFileSync(file, 'utf8'));
const schema = buildSchema(input.schema);
const results = input.documents.map((source) => {
  try {
    return validate(schema, parse(source)).map((error) => ({
      message: error.message,
      locations: (error.locations ?? []).map((l) => [l.line, l.column]),
    }));
  } catch (error) {
    return [{ message: `THROWN: ${error.message}`, locations: [] }];
  }
});
process.stdout.write(JSON.stringify(results));
