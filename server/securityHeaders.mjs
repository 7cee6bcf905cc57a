// @ts-check
// The headers every response carries. The same policy, for static hosting, is in README.md.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The policy for one build. index.html carries the global stylesheet and a one-line script inline
 * (the first screen paints from the HTML alone: scripts/firstScreenHtml.ts); each is allowed by its
 * SHA-256, so no other inline code runs.
 * @param {string} [indexHtml] the built index.html
 */
export function contentSecurityPolicy(indexHtml = '') {
  const scripts = inlineHashes(indexHtml, 'script');
  const styles = inlineHashes(indexHtml, 'style');
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * @param {string} html
 * @param {'script' | 'style'} tag
 */
function inlineHashes(html, tag) {
  const inline = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(inline)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
}

/** @param {string} [indexHtml] */
export function securityHeaders(indexHtml) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(indexHtml),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The headers for the build in `root`, read again whenever its index.html changes (a rebuild while
 * the server runs brings new hashes).
 * @param {string} root
 */
export function securityHeadersFor(root) {
  const path = join(root, 'index.html');
  /** @type {{ mtimeMs: number, headers: Record<string, string> } | undefined} */
  let cached;
  return () => {
    const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, headers: securityHeaders(mtimeMs < 0 ? '' : readFileSync(path, 'utf8')) };
    return cached.headers;
  };
}

// `node server/securityHeaders.mjs [dist]` prints the policy for a build, to copy to a static host.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Content-Security-Policy: ${contentSecurityPolicy(readFileSync(join(process.argv[2] ?? 'dist', 'index.html'), 'utf8'))}`);
}
