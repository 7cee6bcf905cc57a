// "For therapists": compose a plan, get its link and QR code, print the handout. The QR code is
// read back with jsQR from the pixels Chromium draws, so a code that looks right but doesn't scan fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { axeViolations } from './axe.mjs';
import { openApp } from './harness.mjs';

const jsQRSource = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');
const DAY_MS = 86_400_000;

let server;
let page;
let problems;
let close;

before(async () => {
  ({ server, page, problems, close } = await openApp({ path: '/therapist' }));
  await page.getByRole('heading', { name: 'For therapists', level: 1 }).waitFor();
});

after(() => close?.());

/** "YYYY-MM-DDTHH:mm" in the browser's zone (Europe/London, see harness), `days` from now at 10:00. */
async function localDateTime(days) {
  return page.evaluate((ms) => {
    const d = new Date(Date.now() + ms);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
  }, days * DAY_MS);
}

/** Draws the on-screen SVG to a canvas, white margin included, and reads it with jsQR in the page. */
async function scanQrCode() {
  if (!(await page.evaluate(() => 'jsQR' in window))) await page.evaluate(jsQRSource);
  return page.evaluate(async () => {
    const svg = document.querySelector('svg.qr-code');
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    const image = new Image();
    image.src = url;
    await image.decode();
    const modules = svg.viewBox.baseVal.width;
    const scale = 4;
    const margin = 32;
    const side = modules * scale + 2 * margin;
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, side, side);
    context.imageSmoothingEnabled = false;
    context.drawImage(image, margin, margin, modules * scale, modules * scale);
    const pixels = context.getImageData(0, 0, side, side);
    return window.jsQR(pixels.data, side, side)?.data ?? null;
  });
}

test('a therapist composes a plan with three exercises, one of them edited', async () => {
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  await page.getByRole('radio', { name: 'Firm' }).check();
  for (const name of ['Neck side bend', 'Chin tuck', 'Calf stretch']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Edit Chin tuck' }).click();
  const chinTuck = page.getByRole('group', { name: '2. Chin tuck' });
  await chinTuck.getByLabel('Sets').fill('3');
  await chinTuck.getByLabel('Reps per set').fill('12');
  await page.getByRole('button', { name: 'Done editing Chin tuck' }).click();
  await page.getByText('3 sets × 12 reps, 3 times a day, for 3 weeks').waitFor();
  await page.getByLabel('Do', { exact: true }).fill('Drink water through the rest of the day.\nUse a heat pack on tight spots.');
  await page.getByLabel("Don't", { exact: true }).fill('No heavy lifting for 48 hours.');
  await page.getByLabel('Next appointment (optional)').fill(await localDateTime(14));
  await page.getByLabel('Every how many weeks').fill('2');
  await page.getByLabel('How many sessions').fill('6');
  await page.getByLabel('Practice (optional)').fill('Riverside Massage Therapy');

  await page.getByRole('button', { name: 'Make the link' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Add the therapist's name\./);
  assert.ok(await alert.evaluate((el) => el === document.activeElement), 'the error list has focus');
  assert.deepEqual(await axeViolations(page), [], 'the form with its errors');

  await page.getByLabel('Your name').fill('Maria Gonzalez, LMT');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await page.getByRole('heading', { name: "Your client's plan is ready" }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('the link carries the plan in its fragment, and the QR code scans to the same link', async () => {
  const link = await page.locator('#share-link').innerText();
  assert.ok(link.startsWith(`${server.url}/plan#p1.`), link);
  assert.equal(await page.locator('#link-length').innerText(), `Link: ${link.length} characters — fits a QR code (limit 997).`);
  assert.ok(link.length <= 997);
  await page.getByRole('img', { name: "QR code of the plan's link" }).waitFor();
  assert.equal(await scanQrCode(), link);
});

test('the printed handout hides the app around it and shows the plan, the exercises and the code', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await page.locator('nav.nav').isVisible(), false, 'nav hidden');
    assert.equal(await page.locator('.app-header').isVisible(), false, 'header hidden');
    assert.equal(await page.locator('form.therapist-form').isVisible(), false, 'form hidden');
    assert.equal(await page.getByRole('button', { name: 'Print handout' }).isVisible(), false, 'buttons hidden');
    const handout = page.locator('.handout');
    assert.ok(await handout.isVisible());
    const text = await handout.innerText();
    for (const expected of ['Neck side bend', 'Chin tuck', 'Calf stretch', '3 sets × 12 reps', 'Gently slide your chin straight back', 'No heavy lifting for 48 hours.', '6 sessions, every 2 weeks']) {
      assert.ok(text.includes(expected), `handout has "${expected}"`);
    }
    assert.ok(await page.getByRole('img', { name: "QR code of the plan's link" }).isVisible(), 'QR code printed');
    assert.ok(await page.locator('#share-link').isVisible(), 'link printed');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page\b/g)?.length, 1, 'one page');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('editing the plan after making the link asks for a new one', async () => {
  const before = await page.locator('#share-link').innerText();
  await page.getByRole('button', { name: 'Edit Neck side bend' }).click();
  await page.getByRole('group', { name: '1. Neck side bend' }).getByLabel('Sets').fill('4');
  await page.getByText('You changed the plan after making its link').waitFor();
  assert.equal(await page.locator('#share-link').count(), 0, 'the old link is gone');
  await page.getByRole('button', { name: 'Make the link again' }).click();
  const link = await page.locator('#share-link').innerText();
  assert.notEqual(link, before);
  assert.equal(await scanQrCode(), link);
});

test('every control is at least 44 px tall', async () => {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.therapist-screen :is(button, summary, select, textarea, input:not([type=radio]):not([type=checkbox]), label.choice, .segmented__option)')]
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30) || el.id}`),
  );
  assert.deepEqual(small, []);
});

test('axe finds nothing on the composed screen, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.locator('.library-item__details summary').first().click();
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await page.locator('.library-item__details summary').first().click();
  }
  await page.emulateMedia({ colorScheme: null });
});

test('no console errors and no request to another origin', () => {
  assert.deepEqual(problems, []);
});
