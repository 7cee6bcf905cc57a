// The built app on a plain static host whose single-page fallback answers every unknown path, the
// push API included, with index.html (200, text/html). The app must read that as "no reminder
// server": no page error, and the honest status line instead of "checking" for ever.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { DAYTIME, launchApp, waitForServiceWorker, watchPage } from './harness.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.webmanifest': 'application/manifest+json',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain',
};

/** Like a bare static host: the file if it exists, else index.html, whatever the method or path. */
function startSpaFallbackHost() {
  const apiRequests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/')) apiRequests.push(`${req.method} ${path}`);
    const file = join('dist', normalize(path).replace(/^(\.\.[/\\])+/, ''));
    const body = await readFile(file).catch(() => undefined);
    if (body && extname(file)) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return res.end(body);
    }
    req.resume();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(await readFile('dist/index.html'));
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => {
    ready({ url: `http://localhost:${server.address().port}`, apiRequests, close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }) });
  }));
}

let host;
let app;
let page;
let problems;

before(async () => {
  host = await startSpaFallbackHost();
  app = await launchApp();
  await app.context.clock.install({ time: DAYTIME });
  await app.context.grantPermissions(['notifications'], { origin: host.url });
  page = app.context.pages()[0] ?? (await app.context.newPage());
  problems = watchPage(page, host.url);
  await page.goto(`${host.url}/`);
  await waitForServiceWorker(page);
});
after(async () => {
  await app?.close();
  await host?.close();
});

test('the push API answered with index.html reads as "no reminder server": an honest line, no error', async () => {
  await page.goto(`${host.url}/session/new`);
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await page.getByRole('heading', { name: 'Your plan for today' }).waitFor();
  // The status line's wording changed with issue 13 (it spoke of "a reminder server"); same meaning.
  await page.getByText(/When it is closed, only your calendar can remind you\./).waitFor({ timeout: 10_000 });
  assert.ok(host.apiRequests.includes('GET /api/push/vapid-public-key'), 'the app asked the host for the key');
  assert.ok(!host.apiRequests.some((r) => r.startsWith('PUT')), 'and sent nothing to a server that is not there');
  await page.reload();
  await page.getByText(/When it is closed, only your calendar can remind you\./).waitFor({ timeout: 10_000 });
});

test('no page error, no console error, no request to another origin', () => {
  assert.deepEqual(problems, []);
});
