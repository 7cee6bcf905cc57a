import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createAppServer, listen } from '../../server/index.mjs';
import { launchApp, waitForServiceWorker } from './harness.mjs';

// Serves a copy of the build, so the test can "deploy" a new version by changing its worker.
let root;
let server;
let url;
let app;
let page;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'aftercare-deploy-'));
  await cp('dist', root, { recursive: true });
  ({ server, url } = await listen(createAppServer({ root }), 0));
  app = await launchApp();
  page = app.context.pages()[0] ?? (await app.context.newPage());
  await page.goto(url);
  await waitForServiceWorker(page);
});

after(async () => {
  await app?.close();
  await new Promise((done) => server.close(done));
  await rm(root, { recursive: true, force: true });
});

test('a new version is announced, and the page reloads only after the user agrees', async () => {
  await page.getByRole('button', { name: 'Start after my massage' }).click();
  await page.getByRole('heading', { name: 'Tell us about your session' }).waitFor();
  await page.evaluate(() => { window.__beforeUpdate = true; });

  await appendFile(join(root, 'sw.js'), '\n// deployed again\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await page.getByText('A new version of Aftercare is ready.').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__beforeUpdate), true, 'no reload before the user agrees');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload now' }).click()]);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => window.__beforeUpdate), undefined, 'the page reloaded');
  const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  assert.equal(waiting, false, 'the new worker took over');
});
