// Runs the GraphQL-over-HTTP audit suite of graphql-http against a live endpoint and prints the results as JSON.
// Usage: node tests/js/audit.mjs http://127.0.0.1:5000/graphql
// Output: { "total": 61, "passed": N, "results": [{ id, name, status, reason?, response? }] }; exit code 0 when
// every audit passed, 1 when some did not, 2 on a fatal error (the server could not be reached).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

try {
  const results = await auditServer({ url });
  const out = [];
  for (const result of results) {
    const entry = { id: result.id, name: result.name, status: result.status };
    if (result.status !== 'ok') {
      entry.reason = result.reason;
      const res = result.response;
      let body = '';
      try {
        body = await res.text();
      } catch {
        body = '<body already read>';
      }
      entry.response = {
        status: res.status,
        contentType: res.headers.get('content-type'),
        body: body.slice(0, 500),
      };
    }
    out.push(entry);
  }
  const passed = out.filter((r) => r.status === 'ok').length;
  console.log(JSON.stringify({ total: out.length, passed, results: out }, null, 2));
  process.exit(passed === out.length ? 0 : 1);
} catch (err) {
  console.error(`fatal: ${err?.stack ?? err}`);
  process.exit(2);
}
