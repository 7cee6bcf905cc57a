import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DAYTIME, launchApp, openApp } from './harness.mjs';

let server;
let app;
let page;
let problems;
let close;
const consoleLines = [];
let backupPath;

before(async () => {
  ({ server, app, page, problems, close } = await openApp({
    launch: { acceptDownloads: true },
    waitForWorker: true,
    beforeOpen: async (p) => {
      p.on('console', (m) => consoleLines.push(m.text()));
      await p.clock.install({ time: DAYTIME });
    },
  }));
});
after(() => close?.());

const ring = (p, n, goal) => p.getByRole('img', { name: `${n} of ${goal} glasses` });

async function startPlan(p) {
  await p.goto(`${server.url}/session/new`);
  await p.getByRole('radio', { name: 'Prenatal' }).check();
  await p.getByRole('button', { name: 'Make my plan' }).click();
  await p.getByRole('heading', { name: 'Your plan for today' }).waitFor();
}

test('settings say whether the browser keeps the data, and how much space it uses', async () => {
  await startPlan(page);
  await page.getByRole('button', { name: '+1 glass of water' }).click();
  await ring(page, 1, 4).waitFor();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText(/Using \d+/).waitFor();
  assert.match(await page.locator('#data-title + p + p').innerText(), /Your browser (has agreed to keep|may clear)/);
});

test('export writes one versioned JSON file with everything', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup file' }).click()]);
  assert.match(download.suggestedFilename(), /^aftercare-backup-\d{4}-\d{2}-\d{2}\.json$/);
  backupPath = join(await mkdtemp(join(tmpdir(), 'aftercare-backup-')), download.suggestedFilename());
  await download.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  assert.equal(backup.format, 'aftercare-backup');
  assert.equal(backup.version, 4); // issue 10: drinks filed under their day
  assert.deepEqual([backup.carePlans, backup.exerciseChecks, backup.checkIns], [[], [], []]);
  assert.equal(backup.sessions.length, 1);
  assert.equal(backup.drinks.length, 1);
});

test('a corrupt file is refused with a message and changes nothing', async () => {
  const broken = join(tmpdir(), 'broken-backup.json');
  await writeFile(broken, (await readFile(backupPath, 'utf8')).slice(0, 200));
  await page.getByLabel('Import a backup file').setInputFiles(broken);
  await page.getByText(/damaged or incomplete/).waitFor();
  await page.getByRole('link', { name: 'Today' }).click();
  await ring(page, 1, 4).waitFor();
});

test('the backup imports on another phone, and twice without duplicates', async () => {
  const other = await launchApp();
  await other.context.clock.install({ time: DAYTIME });
  try {
    const p = other.context.pages()[0] ?? (await other.context.newPage());
    await p.goto(`${server.url}/settings`);
    await p.getByLabel('Import a backup file').setInputFiles(backupPath);
    await p.getByText(/Import complete: 1 session and 1 drink imported/).waitFor();
    await p.getByLabel('Import a backup file').setInputFiles(backupPath);
    await p.getByText(/0 sessions and 0 drinks imported; 2 already on this phone/).waitFor();
    await p.getByRole('link', { name: 'Today' }).click();
    await ring(p, 1, 4).waitFor();
    assert.equal(await p.locator('.drink-row').count(), 1);
  } finally {
    await other.close();
  }
});

test('when storage is full, the drink still counts, is kept, and is saved once space is back', async () => {
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    window.__restorePut = () => (IDBObjectStore.prototype.put = original);
    IDBObjectStore.prototype.put = function put(...args) {
      if (this.name === 'drinks') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await page.getByRole('button', { name: '+1 glass of water' }).click();
  await ring(page, 2, 4).waitFor();
  await page.getByText(/out of storage space/).waitFor();
  await page.getByText('not saved yet', { exact: true }).waitFor();
  await page.evaluate(() => window.__restorePut());
  await page.getByRole('button', { name: 'Try again now' }).click();
  await page.getByText('not saved yet', { exact: true }).waitFor({ state: 'detached' });
  await page.reload();
  await ring(page, 2, 4).waitFor();
});

test('two tabs logging at the same moment keep both entries and show the same total', async () => {
  const second = await app.context.newPage();
  await second.goto(`${server.url}/today`);
  await ring(second, 2, 4).waitFor();
  await Promise.all([
    page.getByRole('button', { name: '+1 glass of water' }).click(),
    second.getByRole('button', { name: '+1 glass of water' }).click(),
  ]);
  await ring(page, 4, 4).waitFor();
  await ring(second, 4, 4).waitFor();
  await second.close();
});

test('delete all my data clears the database, caches and service worker, after a confirmation', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.evaluate(async () => (await caches.open('marker')).put('/marker', new Response('kept?')));
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  // Focus lands on the safe choice.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel', null, { timeout: 3_000 });
  await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole('button', { name: 'Yes, delete everything' }).click()]);
  await page.getByRole('button', { name: 'Start after my massage' }).waitFor();
  await page.goto(`${server.url}/history`);
  await page.getByText('No sessions yet.', { exact: false }).waitFor();
  // The fresh visit re-installs the app shell, but nothing cached before the deletion survives.
  assert.equal(await page.evaluate(async () => (await caches.keys()).includes('marker')), false);
  await page.goto(`${server.url}/today`);
  await page.getByRole('heading', { name: 'No plan yet' }).waitFor();
});

test('health details never reach the console; no errors, no third-party requests', () => {
  const leaks = consoleLines.filter((line) => /prenatal|deep.tissue|glasses|coffee|soreness/i.test(line));
  assert.deepEqual(leaks, []);
  assert.deepEqual(problems.filter((p) => !/Quota exceeded|QuotaExceededError/.test(p)), []);
});
