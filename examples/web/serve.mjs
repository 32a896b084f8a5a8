// Serves dist/ and forwards /graphql to the gateway, so the page and the API share one origin (no CORS needed).
// Usage: node serve.mjs [gateway-url] [port]   (defaults: http://127.0.0.1:5080/graphql, 5173)
import { createServer, request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Starts the server on 127.0.0.1; resolves to { server, url }. */
export function startServer({ gateway, port = 0, root = fileURLToPath(new URL('./dist/', import.meta.url)) }) {
  const target = new URL(gateway);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql') {
      const headers = { ...req.headers, host: target.host };
      const upstream = httpRequest(
        { hostname: target.hostname, port: target.port, path: target.pathname + url.search, method: req.method, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`gateway unreachable: ${error.message}`);
      });
      req.pipe(upstream);
      return;
    }

    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root.endsWith(sep) ? root : root + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const gateway = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
  const port = Number(process.argv[3] ?? 5173);
  const { url } = await startServer({ gateway, port });
  console.log(`Conversations page: ${url} (GraphQL forwarded to ${gateway})`);
}
