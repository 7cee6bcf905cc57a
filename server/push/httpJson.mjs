// @ts-check
/**
 * Reading and writing the API's JSON over node:http, with the limits an untrusted body needs:
 * declared and actual size, media type, a deadline for slow senders, and strict UTF-8.
 */

/**
 * @typedef {{ ok: true, value: unknown } | { ok: false, status: 400 | 408 | 413 | 415, error: string } | { ok: false, gone: true }} BodyResult
 *   `gone`: the client went away mid-body; there is nobody to answer and nothing worth logging.
 */

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limitBytes: number, timeoutMs?: number }} options
 * @returns {Promise<BodyResult>}
 */
export async function readJsonBody(req, { limitBytes, timeoutMs = 10_000 }) {
  const [mediaType = '', ...params] = String(req.headers['content-type'] ?? '').toLowerCase().split(';');
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  if (mediaType.trim() !== 'application/json' || (charset && charset.replace(/"/g, '') !== 'charset=utf-8')) {
    return { ok: false, status: 415, error: 'Send JSON (Content-Type: application/json)' };
  }
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return { ok: false, status: 415, error: 'Compressed bodies are not accepted' };
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) return tooLarge(limitBytes);

  const raw = await collect(req, limitBytes, timeoutMs);
  if (raw === 'gone') return { ok: false, gone: true };
  if (raw === 'too-large') return tooLarge(limitBytes);
  if (raw === 'timeout') return { ok: false, status: 408, error: 'The body took too long to arrive' };
  let textBody;
  try {
    textBody = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, status: 400, error: 'The body is not valid UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(textBody) };
  } catch {
    return { ok: false, status: 400, error: 'The body is not valid JSON' };
  }
}

/** @param {number} limitBytes @returns {BodyResult} */
function tooLarge(limitBytes) {
  return { ok: false, status: 413, error: `The body is larger than ${Math.round(limitBytes / 1024)} KB` };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limitBytes
 * @param {number} timeoutMs
 * @returns {Promise<Buffer | 'too-large' | 'timeout' | 'gone'>}
 */
function collect(req, limitBytes, timeoutMs) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    /** @param {Buffer | 'too-large' | 'timeout' | 'gone'} result */
    function finish(result) {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onGone);
      // Stop reading what we will not use; the response closes the connection (see sendJson).
      if (typeof result === 'string') req.pause();
      resolve(result);
    }
    /** @param {Buffer} chunk */
    function onData(chunk) {
      size += chunk.length;
      if (size > limitBytes) return finish('too-large');
      chunks.push(chunk);
    }
    const onEnd = () => finish(Buffer.concat(chunks));
    // A client that disconnects mid-body ('aborted', ECONNRESET) is not our fault: no error, no log.
    const onGone = () => finish('gone');
    req.on('data', onData).on('end', onEnd).on('close', onGone);
    // An 'error' is always followed by 'close'; the listener stays so it never counts as unhandled.
    req.on('error', () => {});
  });
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} [body] omitted for 204
 * @param {Record<string, string | number>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const json = body === undefined ? '' : JSON.stringify(body);
  /** @type {Record<string, string | number>} */
  const all = { 'Cache-Control': 'no-store', ...headers };
  if (json) {
    all['Content-Type'] = 'application/json; charset=utf-8';
    all['Content-Length'] = Buffer.byteLength(json);
  }
  // Node drains an unread body before reusing the socket; one we refused for its size is not worth draining.
  if (status === 413 || status === 408) all.Connection = 'close';
  res.writeHead(status, all);
  res.end(res.req.method === 'HEAD' ? undefined : json);
}
