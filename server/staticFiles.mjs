// @ts-check
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt']);

/** Compressed bodies, made once per file version: the built app is small and never changes under us. */
const compressedCache = new Map();

/**
 * @param {string | undefined} acceptEncoding
 * @returns {'br' | 'gzip' | null}
 */
function pickEncoding(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return null;
}

/**
 * @param {string} path
 * @param {number} version
 * @param {'br' | 'gzip'} encoding
 * @returns {Promise<Buffer>}
 */
async function compressedBody(path, version, encoding) {
  const key = `${encoding}:${version}:${path}`;
  const cached = compressedCache.get(key);
  if (cached) return cached;
  const raw = await readFile(path);
  const body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
  compressedCache.set(key, body);
  return body;
}

/**
 * Hashed assets never change; the page and the worker must always be revalidated so updates arrive.
 * @param {string} path
 */
function cacheControl(path) {
  return path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built app from `root`; any unknown path without an extension gets index.html (SPA routes).
 * @param {string} root
 */
export function staticFiles(root) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function serveStatic(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad request');
    }
    let path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) return send(res, 403, 'Forbidden');
    let info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      path = join(path, 'index.html');
      info = await stat(path).catch(() => null);
    }
    if (!info && !extname(url.pathname)) {
      path = join(root, 'index.html');
      info = await stat(path).catch(() => null);
    }
    if (!info) return send(res, 404, 'Not found');
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': cacheControl(path) };
    const encoding = COMPRESSIBLE.has(extname(path)) ? pickEncoding(req.headers['accept-encoding']) : null;
    if (encoding) {
      const body = await compressedBody(path, info.mtimeMs, encoding);
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size, ...(COMPRESSIBLE.has(extname(path)) ? { Vary: 'Accept-Encoding' } : {}) });
    if (req.method === 'HEAD') return res.end();
    createReadStream(path).pipe(res);
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
