// Lighthouse 12 (mobile, simulated throttling) against `npm start` in a separate process:
// a blocking child call in the same process would starve the server.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../tests/e2e/chromium.mjs';

const PORT = 4391;

/** Runs Lighthouse once per path (`/` is Home, `/today` a deep link to Today, as from a reminder). */
export async function benchLighthouse(paths = ['/']) {
  const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready, fail) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('running at') && ready());
    server.once('exit', () => fail(new Error('server exited')));
  });
  const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
  try {
    return paths.map((path) => ({ path, ...lighthouse(path, out) }));
  } finally {
    server.kill();
  }
}

function lighthouse(path, out) {
  execFileSync('npx', [
    'lighthouse', `http://localhost:${PORT}${path}`,
    '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    scores: Object.fromEntries(Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)])),
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    requests: report.audits['network-requests'].details.items.length,
  };
}
