// Issue 10: a day without a session has no reminders unless the client asks for them, and then for
// that day only. Proven in Chromium on Playwright's clock: asked for on Today, the first reminder
// arrives through the service worker, once; turned off, no more come; the next day starts without them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAYTIME, notificationsOf, openApp, waitForNotificationsOf } from './harness.mjs';

const MIN = 60_000;

let server;
let app;
let page;
let problems;
let close;

before(async () => {
  // Noon in London on 10 June 2026, on a phone that has never had a session.
  ({ server, app, page, problems, close } = await openApp({
    path: '/today',
    waitForWorker: true,
    beforeOpen: (p) => p.clock.install({ time: DAYTIME }),
  }));
});
after(() => close?.());

const askToday = () => page.getByRole('checkbox', { name: /Remind me to drink today/ });

test('a day without a session has no water reminders until asked for', async () => {
  await page.getByRole('heading', { name: 'No plan yet' }).waitFor();
  await app.context.grantPermissions(['notifications'], { origin: server.url });
  await page.getByRole('button', { name: 'Turn on reminders' }).click();
  await askToday().waitFor();
  assert.equal(await askToday().isChecked(), false);
  await page.clock.runFor(30 * MIN);
  assert.deepEqual(await notificationsOf(page), []);
});

test('asked for, the first reminder of the everyday amount arrives, once', async () => {
  // From the keyboard, as anyone can: focus the switch and press Space.
  await askToday().focus();
  await page.keyboard.press('Space');
  // 12:30 + 15 min: eight glasses, 12:45 … 22:00.
  await page.getByText(/On for today: 8 more, the last at 22:00, none after bedtime\./).waitFor();
  await page.getByText(/Next: 12:45\./).waitFor();
  await page.clock.runFor(16 * MIN);
  const [shown] = await waitForNotificationsOf(page, (list) => list.length === 1);
  assert.match(shown.tag, /^everyday-\d+:water:0$/);
  assert.equal(shown.title, 'Time for a glass of water');
  assert.equal(shown.body, 'Glass 1 of 8 today, your everyday amount.');
  await page.clock.runFor(2 * MIN);
  assert.equal((await notificationsOf(page)).length, 1, 'shown once');
});

test('logging the glass closes it; turned off, no more reminders come', async () => {
  await page.getByRole('button', { name: '+1 glass of water' }).click();
  await waitForNotificationsOf(page, (list) => list.length === 0);
  await page.getByText(/with the reminders you asked for today/).waitFor();
  await askToday().uncheck();
  await page.getByText(/Off: no session today/).waitFor();
  await page.clock.runFor(3 * 60 * MIN);
  assert.deepEqual(await notificationsOf(page), []);
});

test('the ask is for that day only: the next day starts without reminders', async () => {
  await askToday().check();
  await page.getByText(/On for today: \d more/).waitFor();
  await page.clock.setSystemTime(DAYTIME + 24 * 60 * MIN);
  await page.reload();
  await askToday().waitFor();
  assert.equal(await askToday().isChecked(), false);
  await page.getByText(/with no reminders unless you ask for them/).waitFor();
});

test('no console errors and no request to another origin', () => {
  assert.deepEqual(problems, []);
});
