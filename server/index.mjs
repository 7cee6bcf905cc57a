import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { SECURITY_HEADERS } from './securityHeaders.mjs';
import { staticFiles } from './staticFiles.mjs';

/** The app's one HTTP server: the built PWA (and, later, the optional reminder API) on one port. */
export function createAppServer({ root = resolve('dist') } = {}) {
  const serveStatic = staticFiles(resolve(root));
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}

/** Starts listening; resolves with the server and its URL once it is ready. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done({ server, url: `http://localhost:${address.port}` });
    });
  });
}
