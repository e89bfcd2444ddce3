// A small static file server on 127.0.0.1, for the demo and the page tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1. `routes` maps a path to a handler
 * `(req, res) => boolean` (true when it answered), for tests that need
 * slow, failing or custom responses; `headers` are added to every file.
 */
export function createStaticServer({ root, port = 0, fallbackToFreePort = false, routes = {}, headers = {} }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const route = routes[url.pathname];
      if (route && (await route(req, res, url))) return;
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    const listen = (p) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && fallbackToFreePort && p !== 0) listen(0);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => {
        const { port: actual } = server.address();
        resolve({
          url: `http://127.0.0.1:${actual}`,
          close: () => new Promise((done) => server.close(() => done())).then(() => server.closeAllConnections?.()),
          server,
        });
      });
    };
    listen(port);
  });
}
