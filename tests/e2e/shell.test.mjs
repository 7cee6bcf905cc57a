import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, waitForServiceWorker } from './harness.mjs';

let server;
let app;
let page;
let problems;
let close;

before(async () => {
  ({ server, app, page, problems, close } = await openApp());
});

after(() => close?.());

test('the home screen shows the name, the promise and the first action', async () => {
  await page.getByRole('heading', { level: 1, name: 'Aftercare' }).waitFor();
  assert.ok(await page.getByText('Your therapist’s aftercare advice', { exact: false }).or(page.getByText("Your therapist's aftercare advice", { exact: false })).isVisible());
  const start = page.getByRole('button', { name: 'Start after my massage' });
  const box = await start.boundingBox();
  assert.ok(box && box.height >= 44, 'the first action is a 44 px target');
});

test('the service worker activates and controls the page', async () => {
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${server.url}/`);
});

test('Chromium reports no installability errors and reads the manifest', async () => {
  const cdp = await app.context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.short_name, 'Aftercare');
  assert.equal(parsed.display, 'standalone');
  assert.ok(parsed.icons.some((icon) => icon.purpose === 'maskable'));
});

test('offline, a reload (and a deep link) still renders the app', async () => {
  await waitForServiceWorker(page);
  await app.context.setOffline(true);
  try {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aftercare' }).waitFor();
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  } finally {
    await app.context.setOffline(false);
  }
});

test('the server sends the security headers and answers deep links with the app', async () => {
  const response = await fetch(`${server.url}/history`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<div id="app">/);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  }
  assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
});

test('the app runs under its CSP without a single violation', async () => {
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  // The guard works: an inline script is refused and recorded.
  await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s); });
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
});

test('no console errors and no request to another origin', () => {
  // The CSP test above provokes one inline-script refusal on purpose.
  assert.deepEqual(problems.filter((p) => !p.includes('Executing inline script violates')), []);
});
