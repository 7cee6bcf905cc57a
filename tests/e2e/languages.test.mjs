// Issue 14, end to end: a therapist whose desk is in English composes a plan with "Client's
// language: Spanish"; the client opens the link in a browser whose language is English, and the
// preview, the exercises, the plan and a notification are in Spanish. Switching to German in
// Settings then changes every screen at once, without a reload, and the next notification too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { reminderTitle } from '../../src/contract/reminders.js';
import { DAYTIME, launchApp, notificationsOf, startAppServer, waitForServiceWorker, watchPage } from './harness.mjs';

const MIN = 60_000;

let server;
let therapist;
let client;
let page;
const problems = [];

before(async () => {
  server = await startAppServer();
  therapist = await launchApp({ locale: 'en-US' });
  client = await launchApp({ locale: 'en-US' });
});
after(async () => {
  await therapist?.close();
  await client?.close();
  await server?.close();
});

let link;

test('the therapist composes in English and chooses Spanish for the client', async () => {
  const desk = therapist.context.pages()[0] ?? (await therapist.context.newPage());
  problems.push(...watchPage(desk, server.url));
  await desk.clock.install({ time: DAYTIME });
  await desk.goto(`${server.url}/therapist`);
  await desk.getByRole('heading', { name: 'For therapists', level: 1 }).waitFor();
  await desk.getByRole('radio', { name: 'Deep tissue' }).check();
  for (const name of ['Neck side bend', 'Chin tuck']) await desk.getByRole('checkbox', { name }).check();
  await desk.getByLabel('Your name').fill('Ana Ruiz');
  await desk.getByLabel("Client's language").selectOption('es');
  await desk.getByRole('button', { name: 'Make the link' }).click();
  link = await desk.locator('#share-link').innerText();
  assert.match(link, /\/plan#p1\./);
  // The desk itself stays English.
  assert.equal(await desk.evaluate(() => document.documentElement.lang), 'en');
});

test('the client, whose browser speaks English, sees the preview in Spanish', async () => {
  page = client.context.pages()[0] ?? (await client.context.newPage());
  problems.push(...watchPage(page, server.url));
  await page.clock.install({ time: DAYTIME + 5 * MIN });
  await client.context.grantPermissions(['notifications'], { origin: server.url });
  await page.goto(link);
  await page.getByRole('button', { name: 'Aceptar este plan' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const preview = await page.locator('main').innerText();
  assert.match(preview, /Inclinación lateral del cuello/);
  assert.match(preview, /Retracción de barbilla/);
  assert.doesNotMatch(preview, /Neck side bend|Accept this plan/);
});

test('accepted, the exercises and the plan are in Spanish', async () => {
  await page.getByRole('button', { name: 'Aceptar este plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ejercicios de hoy' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Inclinación lateral del cuello' }).waitFor();
  const nav = page.getByRole('navigation');
  for (const tab of ['Hoy', 'Ejercicios', 'Progreso', 'Historial', 'Ajustes']) await nav.getByRole('link', { name: tab }).waitFor();
  await nav.getByRole('link', { name: 'Hoy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tu plan para hoy' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Your plan|glasses|Next reminder/);
});

/** Moves the page's clock on in 10-minute steps until a notification not in `seen` shows (at most `hours`). */
async function nextNotification(seen, hours) {
  for (let step = 0; step < hours * 6; step++) {
    await page.clock.runFor(10 * MIN);
    const fresh = (await notificationsOf(page)).filter((n) => !seen.includes(n.tag));
    if (fresh.length > 0) return fresh;
  }
  throw new Error(`no new notification within ${hours} hours`);
}

test('the first reminder arrives as a Spanish notification', async () => {
  // The service worker registers when the page is idle, which the installed clock decides.
  await page.clock.runFor(5_000);
  await waitForServiceWorker(page);
  const fresh = await nextNotification([], 4);
  for (const shown of fresh) {
    assert.equal(shown.title, reminderTitle(shown.tag.split(':').at(-2) === 'water' ? 'water' : shown.tag.includes(':exercise:') ? 'exercise' : 'check-in', 'es'));
  }
  const water = fresh.find((n) => n.tag.includes(':water:'));
  if (water) assert.match(water.body, /^Vaso \d+ de \d+/);
  else assert.match(fresh[0].body, /[áéíóúñ¿]|Ronda|hoy/);
});

test('switching to German in Settings changes every screen at once, without a reload', async () => {
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByRole('navigation').getByRole('link', { name: 'Ajustes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
  await page.getByLabel('Idioma de la aplicación').selectOption('de');
  await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  const nav = page.getByRole('navigation');
  for (const tab of ['Heute', 'Übungen', 'Fortschritt', 'Verlauf', 'Einstellungen']) await nav.getByRole('link', { name: tab }).waitFor();
  await nav.getByRole('link', { name: 'Übungen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Heutige Übungen' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Seitneigung des Kopfes' }).waitFor();
  await nav.getByRole('link', { name: 'Heute' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ihr Plan für heute' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Tu plan|vasos|Próximo/);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload happened');
});

test('the next notification is in German', async () => {
  const before = (await notificationsOf(page)).map((n) => n.tag);
  const fresh = await nextNotification(before, 4);
  for (const shown of fresh) {
    const kind = shown.tag.includes(':water:') ? 'water' : shown.tag.includes(':exercise:') ? 'exercise' : 'check-in';
    assert.equal(shown.title, reminderTitle(kind, 'de'));
    if (kind === 'water') assert.match(shown.body, /^Glas \d+ von \d+/);
  }
});

test('a reload keeps German, and nothing went wrong along the way', async () => {
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Ihr Plan für heute' }).waitFor();
  assert.deepEqual(problems, []);
});
