// Every screen in each state a user meets it in (empty, with a plan, with a care plan, ended), for
// the layout test and for screenshots. A state is a fresh browser context brought there through the
// UI; its screens are reached one after another, so later ones may build on earlier ones.
import { deflateRawSync } from 'node:zlib';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
export const THERAPIST = 'Maria Gonzalez, LMT';
export const CLIENT = 'Sam';

/**
 * A therapist's plan link made in Node, in the link's compact layout (src/domain/carePlan/carePlanCompact.ts):
 * issued `daysAgo` days ago, the session an hour before that.
 */
export function planLink(origin, { daysAgo = 0, exercises = ['neck-side-bend', 'chin-tuck', 'calf-stretch'], client = CLIENT } = {}) {
  const issuedAt = Date.now() - daysAgo * DAY_MS - 10 * MINUTE_MS;
  const endedAt = issuedAt - 60 * MINUTE_MS;
  const compact = [
    issuedAt, 'Europe/London', [THERAPIST, 'Riverside Massage Therapy'], ['deep-tissue', 'firm', 4, endedAt],
    exercises, ['Use a heat pack on tight spots.'], ['No heavy lifting for 48 hours.'],
    daysAgo === 0 ? Date.now() + 14 * DAY_MS : null, null, null, client,
  ];
  return `${origin}/plan#p1.${deflateRawSync(Buffer.from(JSON.stringify(compact))).toString('base64url')}`;
}

const h1 = (page) => page.getByRole('heading', { level: 1 }).first().waitFor();
const go = (path) => async (page, url) => {
  await page.goto(`${url}${path}`);
  await h1(page);
};

/** "YYYY-MM-DDTHH:mm" `days` ago at 14:00, for the intake's datetime-local field. */
function daysAgoAt2pm(days) {
  const d = new Date(Date.now() - days * DAY_MS);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T14:00`;
}

async function makePlan(page, url, { endedAt } = {}) {
  await page.goto(`${url}/session/new`);
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  if (endedAt) await page.getByLabel('When did the session end?').fill(endedAt);
  await page.getByRole('button', { name: 'Make my plan' }).click();
  // A session days ago makes a plan for a day already over: Today then leads with that day's result.
  if (endedAt) await page.waitForURL((u) => u.pathname === '/today');
  else await page.getByRole('heading', { name: 'Your plan for today' }).waitFor();
}

async function acceptPlan(page, link) {
  await page.goto(link);
  await page.getByRole('button', { name: 'Accept this plan' }).click();
  await page.getByRole('heading', { level: 1, name: /exercises|plan for today/i }).waitFor();
}

async function composeTherapistPlan(page, url) {
  await page.goto(`${url}/therapist`);
  await h1(page);
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  for (const name of ['Neck side bend', 'Chin tuck']) await page.getByRole('checkbox', { name }).check();
  await page.getByLabel('Your name').fill(THERAPIST);
  await page.getByRole('button', { name: 'Make the link' }).click();
  await page.getByRole('heading', { name: "Your client's plan is ready" }).waitFor();
}

/** [state name, screens]; each screen is [name, reach(page, url)]. */
export const STATES = [
  ['empty', [
    ['home', go('/')],
    ['intake', go('/session/new')],
    ['intake with errors', async (page) => {
      await page.getByRole('button', { name: 'Make my plan' }).click();
      await page.locator('.error').first().waitFor();
    }],
    ['today', go('/today')],
    ['history', go('/history')],
    ['settings', go('/settings')],
    ['exercises', go('/exercises')],
    ['check-in', go('/check-in')],
    ['progress', go('/progress')],
    ['therapist', go('/therapist')],
    ['plan link broken', go('/plan#p1.broken')],
    ['report link broken', go('/report#r1.broken')],
  ]],
  ['with a plan', [
    ['today', async (page, url) => {
      await makePlan(page, url);
      await page.getByRole('button', { name: '+1 glass of water' }).click();
      await page.getByRole('button', { name: 'Coffee', exact: true }).click();
      await page.getByRole('button', { name: /^Mug/ }).click();
      await page.getByRole('img', { name: /^1 of/ }).waitFor();
    }],
    ['today, choosing a size', async (page) => {
      await page.getByRole('button', { name: 'Sparkling water', exact: true }).click();
      await page.getByRole('button', { name: 'Other amount' }).click();
    }],
    ['today, editing a drink', async (page) => {
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: /^Edit Water/ }).click();
    }],
    ['home', go('/')],
    ['history', go('/history')],
    ['settings', go('/settings')],
  ]],
  ['with a care plan', [
    ['plan preview', async (page, url) => {
      // Notifications allowed, so Today shows the reminder controls (pause, water, spacing, exercise times).
      await page.context().grantPermissions(['notifications'], { origin: url });
      await page.goto(planLink(url));
      await page.getByRole('button', { name: 'Accept this plan' }).waitFor();
    }],
    ['exercises', async (page) => {
      await page.getByRole('button', { name: 'Accept this plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Today’s exercises' }).waitFor();
      await page.getByRole('checkbox', { name: 'Chin tuck: Morning, set 1 done' }).check();
    }],
    ['check-in due', go('/check-in')],
    ['progress', async (page, url) => {
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText('Thank you — saved.', { exact: false }).waitFor();
      await go('/progress')(page, url);
    }],
    ['report', async (page) => {
      const link = await page.locator('a', { hasText: 'Open the therapist’s view' }).getAttribute('href');
      await page.goto(link);
      await h1(page);
    }],
    ['home', go('/')],
    ['today', go('/today')],
    ['today, reminders paused', async (page) => {
      await page.getByRole('button', { name: 'Pause for today' }).click();
      await page.getByText('Reminders are paused until tomorrow.').waitFor();
    }],
    ['therapist with a link', async (page, url) => composeTherapistPlan(page, url)],
  ]],
  ['ended', [
    ['exercises', async (page, url) => {
      await acceptPlan(page, planLink(url, { daysAgo: 30, exercises: ['tennis-ball-release'] }));
      await makePlan(page, url, { endedAt: daysAgoAt2pm(3) });
      await go('/exercises')(page, url);
    }],
    ['progress', go('/progress')],
    ['check-in', go('/check-in')],
    ['home', go('/')],
    ['today', go('/today')],
    ['history', go('/history')],
  ]],
];

export const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** Chromium's own "default font size" setting, as a user with large text has it (16 px is 100 %). */
export async function setTextSize(cdp, percent) {
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((13 * percent) / 100) } });
}
