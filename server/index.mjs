// @ts-check
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { securityHeadersFor } from './securityHeaders.mjs';
import { staticFiles } from './staticFiles.mjs';
import { sendJson } from './push/httpJson.mjs';

/**
 * The app's one HTTP server: the built PWA and, when `push` is given, the reminder API under /api/.
 * @param {{ root?: string, push?: import('./push/api.mjs').PushApi | null }} [options]
 */
export function createAppServer({ root = resolve('dist'), push = null } = {}) {
  const serveStatic = staticFiles(resolve(root));
  const headers = securityHeadersFor(resolve(root));
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers())) res.setHeader(name, value);
    // /api/ is never the single-page fallback: without the push service it is a JSON 404.
    if ((req.url ?? '').startsWith('/api/')) {
      if (push) return void push.handle(req, res);
      // The app asks for the key on open to learn whether push exists: "no" is an answer, not an error.
      if (req.url === '/api/push/vapid-public-key' && req.method === 'GET') return sendJson(res, 200, { publicKey: null });
      return sendJson(res, 404, { error: 'Push reminders are not enabled on this server' });
    }
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

/**
 * Starts listening; resolves with the server and its URL once it is ready.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ server, url: `http://localhost:${address.port}` });
    });
  });
}
