// The therapist's plan end to end, in two Chromium profiles: a therapist composes and shares a plan;
// a client opens the link, accepts it, exercises, checks in, goes offline, and sends a progress
// link the therapist opens. Both clocks are fixed (Tuesday 12 May 2026, 10:00 in London) so the
// schedule on screen doesn't depend on today's date. Bad links are opened in the therapist's
// profile, which holds no plan, so "nothing saved" can be read straight from IndexedDB.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { axeViolations } from './axe.mjs';
import { launchApp, startAppServer, waitForServiceWorker, watchPage } from './harness.mjs';

const jsQRSource = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');
const T0 = Date.parse('2026-05-12T09:00:00Z');
const MINUTE_MS = 60_000;
const THERAPIST = 'Maria Gonzalez, LMT';
const EXERCISES = ['Neck side bend', 'Chin tuck', 'Calf stretch'];

let server;
let therapist;
let client;
/** The therapist's page and the client's page. */
let desk;
let phone;
const problems = [];
let link;

before(async () => {
  server = await startAppServer();
  [therapist, client] = await Promise.all([launchApp(), launchApp()]);
  // The client opens the link ten minutes after the therapist made it.
  await therapist.context.clock.install({ time: T0 });
  await client.context.clock.install({ time: T0 + 10 * MINUTE_MS });
  desk = therapist.context.pages()[0] ?? (await therapist.context.newPage());
  phone = client.context.pages()[0] ?? (await client.context.newPage());
  problems.push(watchPage(desk, server.url), watchPage(phone, server.url));
});

after(async () => {
  await Promise.all([therapist?.close(), client?.close()]);
  await server?.close();
});

/** Same steps as therapist.test.mjs: the on-screen SVG drawn to a canvas, read by jsQR in the page. */
async function scanQrCode(page) {
  if (!(await page.evaluate(() => 'jsQR' in window))) await page.evaluate(jsQRSource);
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.qr-code');
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const modules = svg.viewBox.baseVal.width;
    const [scale, margin] = [4, 32];
    const side = modules * scale + 2 * margin;
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.imageSmoothingEnabled = false;
    context.drawImage(image, margin, margin, modules * scale, modules * scale);
    return window.jsQR(context.getImageData(0, 0, side, side).data, side, side)?.data ?? null;
  });
}

/** Counts records in the app's own database, without creating it where the app never opened it. */
async function savedRecords(page) {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'aftercare')) return { carePlans: 0, sessions: 0 };
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('aftercare');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (name) => new Promise((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts = { carePlans: await count('carePlans'), sessions: await count('sessions') };
    db.close();
    return counts;
  });
}

async function noAxeViolations(page, screen) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${screen}, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: null });
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The link's compact plan, changed by `edit` and packed again: a tampered link that still unpacks. */
function editedLink(edit, { checksum = true } = {}) {
  const [origin, payload] = link.split('#');
  const compact = JSON.parse(inflateRawSync(Buffer.from(payload.slice(3), 'base64url')).toString('utf8'));
  edit(compact);
  const deflated = deflateRawSync(Buffer.from(JSON.stringify(compact)));
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(deflated, crc32('p1.')));
  return `${origin}#p1.${Buffer.concat(checksum ? [deflated, sum] : [deflated]).toString('base64url')}`;
}

/** The link with one character of its payload swapped for the next one in the alphabet. */
function oneCharacterChanged(at) {
  const index = link.indexOf('#p1.') + 4 + at;
  const swapped = link[index] === 'A' ? 'B' : 'A';
  return link.slice(0, index) + swapped + link.slice(index + 1);
}

test('a therapist composes a plan with three exercises and shares its link and QR code', async () => {
  await desk.goto(`${server.url}/therapist`);
  await heading(desk, 'For therapists');
  await desk.getByRole('radio', { name: 'Deep tissue' }).check();
  await desk.getByRole('radio', { name: 'Firm' }).check();
  for (const name of EXERCISES) await desk.getByRole('checkbox', { name }).check();
  await desk.getByLabel('Your name').fill(THERAPIST);
  await desk.getByLabel("Don't", { exact: true }).fill('No heavy lifting for 48 hours.');
  await desk.getByLabel('Next appointment (optional)').fill('2026-05-26T10:00');
  await desk.getByRole('button', { name: 'Make the link' }).click();
  await desk.getByRole('heading', { name: "Your client's plan is ready" }).waitFor();
  link = await desk.locator('#share-link').innerText();
  assert.ok(link.startsWith(`${server.url}/plan#p1.`), link);
  assert.equal(await scanQrCode(desk), link);
});

test('the client opens the link: "Plan from …" with a preview, and nothing saved yet', async () => {
  await phone.goto(server.url);
  await waitForServiceWorker(phone);
  await phone.goto(link);
  await heading(phone, `Plan from ${THERAPIST}`);
  const preview = await phone.locator('.plan-preview').innerText();
  for (const name of EXERCISES) assert.match(preview, new RegExp(`${name}: 2 × `));
  assert.match(preview, /No heavy lifting for 48 hours\./);
  assert.match(preview, /Next appointment: Tue 26 May at 10:00/);
  assert.deepEqual(await savedRecords(phone), { carePlans: 0, sessions: 0 });
  await noAxeViolations(phone, '/plan preview');
});

test('Accept saves the plan and the fragment leaves the address bar and the history', async () => {
  await phone.getByRole('button', { name: 'Accept this plan' }).click();
  await heading(phone, 'Today’s exercises');
  assert.equal(await phone.evaluate(() => location.hash), '');
  assert.equal(new URL(phone.url()).pathname, '/exercises');
  assert.deepEqual(await savedRecords(phone), { carePlans: 1, sessions: 1 });
  await phone.goBack();
  assert.equal(phone.url(), `${server.url}/`, 'Back goes to the page before the link, not to the link');
  await phone.goForward();
  assert.equal(phone.url(), `${server.url}/exercises`);
  await heading(phone, 'Today’s exercises');
});

test('opening the same link again says so and adds nothing', async () => {
  await phone.goto(link);
  await phone.getByText('You already have this plan on this phone. Opening it again adds nothing.').waitFor();
  assert.equal(await phone.getByRole('button', { name: 'Accept this plan' }).count(), 0);
  await phone.getByRole('button', { name: 'Open my plan' }).click();
  await heading(phone, 'Today’s exercises');
  assert.equal(await phone.evaluate(() => location.hash), '');
  assert.deepEqual(await savedRecords(phone), { carePlans: 1, sessions: 1 });
});

test("the client sees today's exercises and checks one set off", async () => {
  const cards = phone.locator('article.exercise-card');
  assert.deepEqual(await cards.locator('h2').allInnerTexts(), EXERCISES);
  await phone.getByRole('checkbox', { name: 'Chin tuck: Morning, set 1 done' }).check();
  await phone.getByText('Overall: 1 of 14 sets (7%).').waitFor();
  await noAxeViolations(phone, '/exercises');
});

test('a hold timer counts down without animation when reduced motion is asked for', async () => {
  await phone.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await phone.getByRole('button', { name: 'Start 30 s hold for Neck side bend' }).click();
    await phone.clock.runFor(3_000);
    const count = Number.parseInt(await phone.locator('.hold-timer__count').innerText(), 10);
    assert.ok(count < 30 && count > 20, `counted down to ${count}`);
    assert.deepEqual(await phone.evaluate(() => document.getAnimations().length), 0);
    await phone.getByRole('button', { name: 'Stop the Neck side bend hold timer' }).click();
    assert.equal(await phone.locator('.hold-timer__count').count(), 0);
  } finally {
    await phone.emulateMedia({ reducedMotion: null });
  }
});

test('home shows the plan with the appointment countdown, and the baseline check-in is due', async () => {
  await phone.getByRole('link', { name: 'Aftercare', exact: true }).click();
  await heading(phone, 'Aftercare');
  await phone.getByRole('heading', { name: `Plan from ${THERAPIST}` }).waitFor();
  assert.match(await phone.getByText('Next appointment:').locator('..').innerText(), /^Next appointment: in 14 days \(Tue 26 May\)$/);
  await phone.getByRole('link', { name: 'Check-in' }).click();
  await heading(phone, 'Check-in');
  await phone.getByRole('heading', { name: 'Where you are today' }).waitFor();
  await noAxeViolations(phone, '/check-in');
  await phone.getByRole('slider', { name: /^Soreness:/ }).fill('3');
  await phone.getByRole('slider', { name: /^Stiffness:/ }).fill('5');
  await phone.getByRole('button', { name: 'Save check-in' }).click();
  await phone.getByText('Thank you — saved.', { exact: false }).waitFor();
  await phone.getByText(/^No check-in is due right now\. The next one is on Wed 13 May at 10:00\.$/).waitFor();
});

test('offline, a reload keeps the checked set, the answered check-in and the plan on home', async () => {
  await client.context.setOffline(true);
  try {
    await phone.reload();
    await heading(phone, 'Check-in');
    await phone.getByText(/^No check-in is due right now\./).waitFor();
    assert.equal(await phone.getByRole('form').count(), 0);
    await phone.getByRole('link', { name: 'Exercises' }).click();
    await heading(phone, 'Today’s exercises');
    assert.equal(await phone.getByRole('checkbox', { name: 'Chin tuck: Morning, set 1 done' }).isChecked(), true);
    assert.equal(await phone.getByRole('checkbox', { name: 'Chin tuck: Morning, set 2 done' }).isChecked(), false);
    await phone.getByText('Overall: 1 of 14 sets (7%).').waitFor();
    await phone.goto(server.url);
    await phone.getByRole('heading', { name: `Plan from ${THERAPIST}` }).waitFor();
    assert.match(await phone.getByText('Next appointment:').locator('..').innerText(), /in 14 days/);
  } finally {
    await client.context.setOffline(false);
  }
});

test('the progress screen charts the check-in; its link opens read-only for the therapist', async () => {
  await phone.getByRole('link', { name: 'My progress' }).click();
  await heading(phone, 'My progress');
  const rows = phone.locator('figure table tbody tr');
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /^Tue 12 May\s+3\s+0\s+5\s+7$/);
  assert.equal(await phone.locator('svg.chart circle').count(), 4);
  await phone.locator('details', { hasText: 'Show the summary' }).locator('summary').click();
  await noAxeViolations(phone, '/progress');
  const reportLink = await phone.getByRole('link', { name: 'Open the therapist’s view' }).getAttribute('href');
  assert.ok(reportLink.startsWith(`${server.url}/report#r1.`), reportLink);
  assert.match(await phone.locator('.report-text').innerText(), /^Progress on my aftercare plan from Maria Gonzalez, LMT/);

  await desk.goto(reportLink);
  await heading(desk, 'Client progress report');
  assert.match(await desk.locator('main').innerText(), /Week 1\s+1 of 14\s+7%/);
  assert.deepEqual(await savedRecords(desk), { carePlans: 0, sessions: 0 });
  await noAxeViolations(desk, '/report');
});

test('bad links get a clear message, nothing saved and nothing run', async () => {
  const endedAt = T0 - 2 * 60 * MINUTE_MS;
  const cases = [
    ['truncated', link.slice(0, -30), /damaged or incomplete/],
    ['one character changed', oneCharacterChanged(40), /^This plan link is damaged or incomplete\. Ask for it to be sent again\.$/],
    ['tampered', editedLink((plan) => void (plan[4][1] = ['chin-tuck', { x: 999 }])), /^The sets of exercise 2 must be a whole number from 1 to 10\.$/],
    ['oversized', `${server.url}/plan#p1.${'A'.repeat(5_000)}`, /too long to be an Aftercare plan/],
    ['future version', link.replace('#p1.', '#p2.'), /newer version of Aftercare/],
    ['500 exercises', editedLink((plan) => void (plan[4] = Array.from({ length: 500 }, () => 'chin-tuck'))), /at most 20 exercises; this one has 500/],
    ['appointment in the past', editedLink((plan) => {
      plan[0] = endedAt + 30 * MINUTE_MS;
      plan[3][3] = endedAt;
      plan[7] = endedAt + 60 * MINUTE_MS;
    }), /^The next appointment is in the past\.$/],
  ];
  for (const [name, bad, message] of cases) {
    await desk.goto('about:blank');
    await desk.goto(bad);
    await heading(desk, 'This plan can’t be opened');
    assert.match(await desk.getByRole('alert').innerText(), message, name);
    assert.equal(await desk.getByRole('button', { name: 'Accept this plan' }).count(), 0, name);
  }
  assert.deepEqual(await savedRecords(desk), { carePlans: 0, sessions: 0 });
});

test('a link from before links had a checksum opens, saying it could not be checked', async () => {
  await desk.goto('about:blank');
  await desk.goto(editedLink(() => {}, { checksum: false }));
  await heading(desk, `Plan from ${THERAPIST}`);
  await desk.getByText(/made by an older version of Aftercare, so it can’t be checked for damage/).waitFor();
  assert.equal(await desk.getByRole('button', { name: 'Accept this plan' }).count(), 1);
  assert.deepEqual(await savedRecords(desk), { carePlans: 0, sessions: 0 });
});

test('script in a text field shows as text and never runs', async () => {
  const markup = '<img src=x onerror="window.__ran=1">';
  const script = '<script>window.__ran=1</script>';
  await desk.goto('about:blank');
  await desk.goto(editedLink((plan) => {
    plan[2][0] = markup;
    plan[4][0] = ['neck-side-bend', { n: script }];
  }));
  await heading(desk, `Plan from ${markup}`);
  assert.match(await desk.locator('.plan-preview').innerText(), new RegExp(`${script.replace(/[()[\]/.]/g, '\\$&')}: 2 × 30 s hold`));
  assert.equal(await desk.evaluate(() => window.__ran), undefined);
  assert.equal(await desk.locator('main img, main script').count(), 0);
  assert.deepEqual(await savedRecords(desk), { carePlans: 0, sessions: 0 });
});

test('no console errors, no request to another origin, no CSP violation', async () => {
  assert.deepEqual(problems.flat(), []);
  for (const page of [desk, phone]) assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});
