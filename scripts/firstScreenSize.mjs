// Measures what the first screen needs before it can paint and respond: index.html (with its inline
// style and script), every stylesheet it links, and the entry script with its modulepreloads; each
// file gzipped on its own, as it travels. Lazily loaded chunks are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: what fits in the first round trip of a new connection. */
export const FIRST_SCREEN_BUDGET_BYTES = 14 * 1024;

/** Each non-English language's catalogue (one lazy chunk, gzip): loaded before the first render in that language. */
export const CATALOGUE_BUDGET_BYTES = 24 * 1024;

export function firstScreen(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const linked = (kind, pattern) => [...html.matchAll(pattern)].map((m) => ({ kind, src: m[1] }));
  const sources = [
    { kind: 'html', src: '/index.html' },
    ...linked('css', /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...linked('js', /<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...linked('js', /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    // The loader that starts the scripts after the first paint (scripts/firstScreenHtml.ts) lists them
    // as `f`; `t`, the files a deep link to Today adds, is not Home's.
    ...JSON.parse(/var f=(\[[^\]]*\])/.exec(html)?.[1] ?? '[]').map((src) => ({ kind: 'js', src })),
  ];
  const files = sources.map(({ kind, src }) => {
    const bytes = readFileSync(join(distDir, src));
    return { kind, src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = (kind) => files.filter((f) => !kind || f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
  return { files, gzipTotal: total(), gzip: { html: total('html'), css: total('css'), js: total('js') } };
}
