// The guided session in the built app, under Playwright's clock: a therapist's plan (a 30 s hold
// and a set of reps) is composed and accepted in the same profile, then walked through. The page's
// Screen Wake Lock and vibration are stubbed before any script runs, to record what the app asks
// for: headless Chromium may refuse a real wake lock, and has nothing to vibrate.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { axeViolations } from './axe.mjs';
import { openApp } from './harness.mjs';

// Tuesday 12 May 2026, 10:00 in London: the same fixed morning as carePlan.test.mjs.
const T0 = Date.parse('2026-05-12T09:00:00Z');

let server;
let page;
let problems;
let close;

/** Runs in the page before the app: records wake-lock requests and releases, and vibrations. */
function recordDeviceCalls() {
  window.__wakeLock = [];
  window.__vibrations = [];
  const request = async (type) => {
    window.__wakeLock.push(`request ${type}`);
    const sentinel = Object.assign(new EventTarget(), { type, released: false });
    sentinel.release = async () => {
      if (sentinel.released) return;
      sentinel.released = true;
      window.__wakeLock.push('release');
      sentinel.dispatchEvent(new Event('release'));
    };
    return sentinel;
  };
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (pattern) => window.__vibrations.push(pattern) > 0 });
}

before(async () => {
  ({ server, page, problems, close } = await openApp({
    path: '/therapist',
    beforeOpen: async (p) => {
      await p.clock.install({ time: T0 });
      await p.addInitScript(recordDeviceCalls);
    },
  }));
});

after(() => close?.());

const heading = (name, level = 1) => page.getByRole('heading', { level, name }).waitFor();
const wakeLockCalls = () => page.evaluate(() => window.__wakeLock);
const status = () => page.locator('.guided [role="status"]').innerText();
const setBox = (name) => page.getByRole('checkbox', { name });

/** Polls `read` until it returns `expected` (saves and effect clean-ups finish a moment after a click). */
async function eventually(read, expected, timeout = 5_000) {
  const until = Date.now() + timeout;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 50));
    actual = await read();
  }
  assert.deepEqual(actual, expected);
}

async function noAxeViolations(screen) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${screen}, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: null });
}

test('a plan with a hold and a set of reps is accepted; the Exercises screen offers the guided session', async () => {
  await heading('For therapists');
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  await page.getByRole('radio', { name: 'Firm' }).check();
  for (const name of ['Neck side bend', 'Chin tuck']) await page.getByRole('checkbox', { name }).check();
  await page.getByLabel('Your name').fill('Maria Gonzalez, LMT');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.locator('#share-link').innerText();
  await page.goto(link);
  await page.getByRole('button', { name: 'Accept this plan' }).click();
  await heading('Today’s exercises');
  await page.getByRole('group', { name: 'Evening' }).first().waitFor();
  assert.deepEqual(await wakeLockCalls(), []);
  await page.getByRole('link', { name: 'Start today’s exercises' }).click();
  await heading('Guided exercises');
  assert.equal(new URL(page.url()).pathname, '/exercises/guided');
});

test('the first set: the steps, "Morning · Set 1 of 2", and the screen kept awake', async () => {
  await heading('Neck side bend', 2);
  assert.match(await page.locator('.guided-set__counter').innerText(), /^Morning\s+Set 1 of 2\s+Left side\s+Hold 30 s$/);
  await page.getByText('Slowly tip your ear toward one shoulder without lifting the shoulder.').waitFor();
  assert.equal(await status(), 'Neck side bend, Morning, set 1 of 2, left side.');
  await page.waitForFunction(() => window.__wakeLock.length === 1);
  assert.deepEqual(await wakeLockCalls(), ['request screen']);
  await page.getByText('The screen stays on until you finish or stop.').waitFor();
  await noAxeViolations('/exercises/guided, a set');
});

test('the wake lock is let go while the page is hidden and asked for again when it is back', async () => {
  const setVisibility = (state) => page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  await setVisibility('hidden');
  await page.waitForFunction(() => window.__wakeLock.length === 2);
  await setVisibility('visible');
  await page.waitForFunction(() => window.__wakeLock.length === 3);
  assert.deepEqual(await wakeLockCalls(), ['request screen', 'release', 'request screen']);
});

test('one side at a time: the left hold leads straight to the right one, which ticks nothing yet', async () => {
  await page.getByRole('button', { name: 'Start 30 s hold (left side)' }).click();
  await page.clock.runFor(31_000);
  await page.getByRole('button', { name: 'Start 30 s hold (right side)' }).waitFor();
  assert.equal(await status(), 'Hold complete. Neck side bend, Morning, set 1 of 2, right side.');
  assert.equal(await page.getByRole('heading', { name: 'Rest' }).count(), 0, 'no rest between the sides');
});

test('a hold counts down without animation, pauses, and ticks its set when it ends; a rest follows', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await page.getByRole('button', { name: 'Start 30 s hold (right side)' }).click();
    // The clock also flows in real time, and the first tick waits for a paint: about 20 s are left.
    const shown = async () => Number.parseInt(await page.locator('.guided-countdown__time').innerText(), 10);
    await page.clock.runFor(10_000);
    const counted = await shown();
    assert.ok(counted >= 18 && counted <= 21, `${counted} s left`);
    assert.deepEqual(await page.evaluate(() => document.getAnimations().length), 0);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('.guided-countdown__paused').waitFor();
    const left = await shown();
    await page.clock.runFor(60_000);
    assert.equal(await status(), 'Paused.');
    assert.equal(await shown(), left);
    assert.equal(await page.getByRole('heading', { name: 'Rest' }).count(), 0, 'a paused hold ticks nothing');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(left * 1000 + 500);
    await heading('Rest', 2);
    assert.equal(await status(), 'Hold complete. Rest 20 seconds. Next: Neck side bend, Morning, set 2 of 2, left side.');
    assert.deepEqual(await page.evaluate(() => window.__vibrations), [200, 200]);
    await noAxeViolations('/exercises/guided, a rest');
    await page.clock.runFor(20_500);
    await heading('Neck side bend', 2);
    assert.match(await page.locator('.guided-set__counter').innerText(), /Set 2 of 2/);
    assert.equal(await status(), 'Rest over. Neck side bend, Morning, set 2 of 2, left side.');
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
});

test('the screen fits 320 px at 200 % text, with 44 px targets', async () => {
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    await page.evaluate(() => void (document.documentElement.style.fontSize = '200%'));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
    const small = await page.locator('.guided button, .guided a, .guided label.choice').evaluateAll((targets) =>
      targets.map((t) => [t.textContent.trim(), t.getBoundingClientRect()]).filter(([, r]) => r.width < 44 || r.height < 44).map(([name]) => name));
    assert.deepEqual(small, []);
  } finally {
    await page.evaluate(() => void (document.documentElement.style.fontSize = ''));
    await page.setViewportSize({ width: 360, height: 740 });
  }
});

test('leaving mid-way keeps the tick, lets go of the screen, and a reload keeps it too', async () => {
  await page.getByRole('button', { name: 'Skip Neck side bend' }).click();
  await heading('Chin tuck', 2);
  assert.equal(await status(), 'Skipped. Chin tuck, Morning, set 1 of 2.');
  await page.getByRole('button', { name: 'Set done' }).click();
  await heading('Rest', 2);
  await page.getByRole('link', { name: 'Stop for now' }).click();
  await heading('Today’s exercises');
  await eventually(wakeLockCalls, ['request screen', 'release', 'request screen', 'release']);
  const ticked = async () => Promise.all(['Neck side bend: Morning, set 1 done', 'Neck side bend: Morning, set 2 done', 'Chin tuck: Morning, set 1 done']
    .map((name) => setBox(name).isChecked()));
  await eventually(ticked, [true, false, true]);
  await page.reload();
  await heading('Today’s exercises');
  await eventually(ticked, [true, false, true]);
});

test('a second sitting carries on where the first stopped and ends with a summary', async () => {
  await page.getByRole('link', { name: 'Start today’s exercises' }).click();
  await heading('Neck side bend', 2);
  assert.match(await page.locator('.guided-set__counter').innerText(), /Set 2 of 2/);
  await page.getByRole('button', { name: 'Skip Neck side bend' }).click();
  await page.getByRole('button', { name: 'Set done' }).click();
  await heading('Well done', 2);
  assert.deepEqual(await page.locator('.guided-summary li').allInnerTexts(), ['Neck side bend: 1 of 4 sets', 'Chin tuck: 2 of 6 sets']);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Well done');
  await eventually(async () => (await wakeLockCalls()).at(-1), 'release');
  await noAxeViolations('/exercises/guided, the summary');
});

test('no console errors, no request to another origin, no CSP violation', async () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.ok(server.url);
});
