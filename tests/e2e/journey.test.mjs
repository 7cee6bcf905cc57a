// Three weeks with a therapist's plan, lived in Chromium with Playwright's clock in New York, across
// the night the clocks go back (1 November 2026). Day 0 is Thursday 22 October: a deep-tissue session
// ends at 10:00 and its plan (three exercises twice a day for two weeks; appointments every two
// weeks × 3, the first on day 14) is accepted at 10:30. Every day at 08:00, 13:00, 22:45 and 01:00
// the test looks at Home, Today, Exercises, Check-in, History and Progress and checks they agree
// with each other and with what it logged: which plan is active, the totals, the next reminder, the
// next appointment and the check-in due. It logs glasses and sets (some at 01:00) and checks the day
// they land on. Day 13 has a session that ends at 23:30 (tomorrow's plan); day 14 a second session.
// The app stays open the whole time: the clock is moved with fastForward, so the app's own ticking
// (not a reload) carries it into each new day.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { openApp } from './harness.mjs';

const ZONE = 'America/New_York';
const DAYS = 21;
const THERAPIST = 'Sam Rivera, LMT';

/** The instant a New York wall clock shows `hhmm` on `date` (EDT until 1 November 02:00, EST after). */
function ny(date, hhmm) {
  const read = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  for (const offset of ['-04:00', '-05:00']) {
    const at = Date.parse(`${date}T${hhmm}:00${offset}`);
    if (read.format(at).replace(', ', 'T') === `${date}T${hhmm}`) return at;
  }
  throw new Error(`${date} ${hhmm} does not exist in New York`);
}
const addDays = (date, n) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const DAY0 = '2026-10-22';
const dateOf = (n) => addDays(DAY0, n);
const label = (date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(Date.parse(`${date}T12:00:00Z`));

const SESSION_END = ny(DAY0, '10:00');
const APPOINTMENTS = [ny(dateOf(14), '10:00'), ny(dateOf(28), '10:00'), ny(dateOf(42), '10:00')];

/** The therapist's link, packed as the app packs it (carePlanCompact.ts, linkPayload.ts). */
function planLink(origin) {
  const twiceFor14 = { t: 2, d: 14 };
  const compact = [
    SESSION_END + 15 * 60_000, ZONE, [THERAPIST], ['deep-tissue', 'firm', 4, SESSION_END],
    [['neck-side-bend', twiceFor14], ['chin-tuck', twiceFor14], ['calf-stretch', twiceFor14]],
    ['Drink water through the rest of the day.'], ['No heavy lifting for 48 hours.'],
    APPOINTMENTS[0], [2, 3],
  ];
  return `${origin}/plan#p1.${deflateRawSync(Buffer.from(JSON.stringify(compact)), { level: 9 }).toString('base64url')}`;
}

let server;
let page;
let problems;
let close;
let clockAt = ny(DAY0, '07:55');

before(async () => {
  ({ server, page, problems, close } = await openApp({
    launch: { timezoneId: ZONE, locale: 'en-GB' },
    beforeOpen: (p) => p.clock.install({ time: clockAt }),
  }));
  page.setDefaultTimeout(8_000);
});
after(() => close?.());

// ---------- moving about ----------

/** Moves the clock forward to `at`, firing the app's timers once (its 30-second tick among them). */
async function timeTravel(at) {
  assert.ok(at > clockAt, 'time only moves forward');
  await page.clock.fastForward(at - clockAt);
  clockAt = at;
}

/** Client-side navigation, as a tap on a link does it. */
async function go(path, heading) {
  await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const text = (selector) => page.locator(selector).first().innerText();
const waitText = (selector, expected) => page.locator(selector, { hasText: expected }).first().waitFor();

// ---------- what the test expects ----------

/** Glasses the test logged, per waking day (own log) and per plan. */
const ownGlasses = new Map();
const planGlasses = new Map();
/** Sets the test ticked, per plan day. */
const setsTicked = new Map();
let lateSession = false;
let secondSession = false;

/** The hydration plan in force at (day, hour) for the checks: kind, goal, counted. */
function water(day, time) {
  const own = ownGlasses.get(day) ?? 0;
  if (day === 0 && time !== '08:00') return { kind: 'plan', key: 'care', counted: planGlasses.get('care') ?? 0, goal: 5, owner: 'your therapist’s aftercare plan' };
  if (day === 13 && lateSession) return { kind: 'tomorrow', key: 'late', counted: 0, goal: 5 };
  if (day === 14 && secondSession) return { kind: 'plan', key: 'second', counted: planGlasses.get('second') ?? 0, goal: 4, owner: 'your own plan, made from your answers' };
  if (day === 14) return { kind: 'plan', key: 'late', counted: planGlasses.get('late') ?? 0, goal: 5, owner: 'your own plan, made from your answers' };
  return { kind: 'everyday', counted: own, goal: 8 };
}

function expectedYesterday(day) {
  if (day === 0) return undefined;
  const prev = day - 1;
  if (prev === 0) return resultText(planGlasses.get('care') ?? 0, 5);
  if (prev === 14) return resultText(planGlasses.get('second') ?? 0, 4);
  const own = ownGlasses.get(prev) ?? 0;
  return resultText(own, 8, ', your everyday amount');
}
const resultText = (counted, goal, tail = '') => (counted >= goal ? `goal met (${counted} of ${goal} glasses${tail})` : `${counted} of ${goal} glasses${tail}`);

/** The plan's check-ins (checkIns.ts): due, open for, and what is answered. */
const CHECK_INS = [
  { id: 'baseline', dueAt: ny(DAY0, '10:30'), openMs: 48 * 3_600_000 },
  { id: 'after-24h', dueAt: ny(dateOf(1), '10:00'), openMs: 24 * 3_600_000 },
  { id: 'after-48h', dueAt: ny(dateOf(2), '10:00'), openMs: 24 * 3_600_000 },
  { id: 'week-1', dueAt: ny(dateOf(7), '18:00'), openMs: 7 * 86_400_000 },
  { id: 'week-2', dueAt: ny(dateOf(14), '18:00'), openMs: 7 * 86_400_000 },
];
const answered = new Set();
const NUMBER = ['', 'One', 'Two', 'Three'];

/** The check-in due now, headed by what it is for on waking day `day`, or undefined. */
function dueCheckIn(day) {
  const open = CHECK_INS.find((c) => !answered.has(c.id) && c.dueAt <= clockAt && clockAt < c.dueAt + c.openMs);
  if (!open) return undefined;
  if (open.id === 'baseline') return { id: open.id, heading: 'Where you are today' };
  if (open.id.startsWith('week-')) return { id: open.id, heading: `How week ${open.id.slice(5)} of your plan went` };
  return { id: open.id, heading: `${NUMBER[day]} ${day === 1 ? 'day' : 'days'} after your session` };
}

/** Missed: closed without an answer. */
const missedCheckIns = () => CHECK_INS.filter((c) => !answered.has(c.id) && c.dueAt + c.openMs <= clockAt).map((c) => c.id);

function nextAppointment(at) {
  const index = APPOINTMENTS.findIndex((a) => a > at);
  return { date: dateOf(14 * (index + 1)), number: index + 1 };
}

// ---------- the screens ----------

async function checkHome(day, time, w) {
  await go('/', 'Aftercare');
  await page.getByRole('heading', { name: `Plan from ${THERAPIST}` }).waitFor();
  const next = nextAppointment(clockAt);
  await waitText('.next-appointment', `(${label(next.date)}), session ${next.number} of 3`);
  const due = dueCheckIn(day)?.heading;
  if (due) await waitText('.check-in-due', `Check-in waiting: ${due}.`);
  else assert.equal(await page.locator('.check-in-due').count(), 0, `no check-in waiting on day ${day} at ${time}`);
  const line = page.locator('.hydration-home__today');
  if (w.kind === 'plan') await waitText('.hydration-home__today', `Today’s plan: ${w.counted} of ${w.goal} glasses by 22:30.`);
  if (w.kind === 'tomorrow') await waitText('.hydration-home__today', 'Your plan for tomorrow: 5 glasses by 22:30 tomorrow. First reminder: 07:15 tomorrow.');
  if (w.kind === 'everyday') await waitText('.hydration-home__today', `Today: ${w.counted} of 8 glasses, your everyday amount.`);
  const yesterday = expectedYesterday(day);
  if (yesterday) await waitText('.hydration-home .day-result', `Yesterday: ${yesterday}.`);
  else assert.equal(await page.locator('.hydration-home .day-result').count(), 0);
  return line.innerText();
}

async function checkToday(day, w, homeLine) {
  await go('/today', /Your plan for|Today’s water|Yesterday’s plan/);
  const ring = w.kind === 'tomorrow' ? '0 of 5 glasses tomorrow' : `${w.counted} of ${w.goal} glasses`;
  await page.getByRole('img', { name: ring }).waitFor();
  if (w.kind === 'plan') {
    await page.getByRole('heading', { level: 1, name: 'Your plan for today' }).waitFor();
    assert.equal(await text('.plan-summary__target'), `${w.goal} glasses by 22:30`);
    await waitText('.plan-summary .muted', w.owner);
    // The next reminder reads the same on Home and Today.
    const status = await text('.plan-summary__next');
    const next = /^Next reminder: (.+)$/.exec(status);
    if (next) assert.ok(homeLine.includes(`Next reminder: ${next[1]}.`), `Home says "${homeLine}", Today says "${status}"`);
    else assert.ok(!homeLine.includes('Next reminder'), homeLine);
  }
  if (w.kind === 'tomorrow') {
    await page.getByRole('heading', { level: 1, name: 'Your plan for tomorrow' }).waitFor();
    assert.equal(await text('.plan-summary__target'), '5 glasses by 22:30 tomorrow');
    assert.equal(await text('.plan-summary__next'), 'First reminder: 07:15 tomorrow');
  }
  if (w.kind === 'everyday') await page.getByRole('heading', { level: 1, name: 'Today’s water' }).waitFor();
  const yesterday = expectedYesterday(day);
  if (yesterday) await waitText('.day-result', `Yesterday: ${yesterday}.`);
}

async function checkExercises(day) {
  await go('/exercises', 'Today’s exercises');
  if (day <= 13) {
    const due = 12 * (day + 1);
    const done = [...setsTicked.values()].reduce((a, b) => a + b, 0);
    await waitText('.exercise-card__meta', `day ${day + 1} of 14`);
    await page.getByText(`Overall: ${done} of ${due} sets`, { exact: false }).waitFor();
    return { done, due };
  }
  const done = [...setsTicked.values()].reduce((a, b) => a + b, 0);
  await waitText('.plan-ended', `You did ${done} of 168 sets`);
  assert.equal(await page.locator('article.exercise-card').count(), 0);
  return { done, due: 168 };
}

async function checkCheckIn(day) {
  await go('/check-in', 'Check-in');
  const due = dueCheckIn(day)?.heading;
  if (due) await page.getByRole('heading', { level: 2, name: due }).waitFor();
  else await page.getByText('No check-in is due right now.', { exact: false }).waitFor();
  // The 24-hour check-in was left unanswered: once closed it is listed as missed, never offered again.
  if (missedCheckIns().includes('after-24h')) await waitText('.missed-check-ins', 'One day after your session');
  else assert.equal(await page.locator('.missed-check-ins').count(), 0);
}

async function checkHistory(day, w) {
  await go('/history', 'History');
  const item = page.locator(`.history-list li[data-day="${dateOf(day)}"]`);
  if (w.kind === 'tomorrow') {
    await page.locator(`.history-list li[data-day="${dateOf(14)}"]`, { hasText: 'Plan: 0 of 5 glasses.' }).waitFor();
    return;
  }
  if (w.kind === 'everyday' && w.counted === 0) return;
  const result = w.kind === 'plan' ? `Plan: ${resultText(w.counted, w.goal)}.` : `Water: ${resultText(w.counted, 8, ', your everyday amount')}.`;
  await item.filter({ hasText: result }).waitFor();
}

async function checkProgress(exercises) {
  await go('/progress', 'My progress');
  await page.getByText(`Overall: ${exercises.done} of ${exercises.due} sets`, { exact: false }).waitFor();
  // The report covers the care plan's days (day 0 to 13): one of them, day 0, had a water plan.
  const met = (planGlasses.get('care') ?? 0) >= 5 ? 1 : 0;
  await page.getByText(`Goal met on ${met} of 1 day with a water plan.`).waitFor();
}

/** Everything at one moment of day `day`. */
async function checkAll(day, time) {
  const w = water(day, time);
  const homeLine = await checkHome(day, time, w);
  await checkToday(day, w, homeLine);
  const exercises = await checkExercises(day);
  await checkCheckIn(day);
  await checkHistory(day, w);
  await checkProgress(exercises);
}

// ---------- what the client does ----------

async function logGlass(day, time) {
  await go('/today', /Your plan for|Today’s water|Yesterday’s plan/);
  await page.getByRole('button', { name: '+1 glass of water' }).click();
  const w = water(day, time);
  if (w.kind === 'plan') planGlasses.set(w.key, (planGlasses.get(w.key) ?? 0) + 1);
  else ownGlasses.set(day, (ownGlasses.get(day) ?? 0) + 1);
  const after = water(day, time);
  await page.getByRole('img', { name: `${after.counted} of ${after.goal} glasses${after.kind === 'tomorrow' ? ' tomorrow' : ''}` }).waitFor();
}

async function tickSets(day, count) {
  await go('/exercises', 'Today’s exercises');
  const boxes = page.locator('article.exercise-card .set-check input:not(:checked)');
  for (let i = 0; i < count; i++) {
    await boxes.first().check();
    setsTicked.set(day, (setsTicked.get(day) ?? 0) + 1);
    const done = [...setsTicked.values()].reduce((a, b) => a + b, 0);
    await page.getByText(`Overall: ${done} of`, { exact: false }).waitFor();
  }
}

async function answerCheckIn(due) {
  await go('/check-in', 'Check-in');
  await page.getByRole('heading', { level: 2, name: due.heading }).waitFor();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByText('Thank you — saved.', { exact: false }).waitFor();
  answered.add(due.id);
}

async function enterSession(endedAtLocal, kind, pressure) {
  await go('/session/new', 'Tell us about your session');
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('radio', { name: pressure }).check();
  await page.getByLabel('When did the session end?').fill(endedAtLocal);
  await page.getByRole('button', { name: 'Make my plan' }).click();
}

// ---------- the three weeks ----------

test('three weeks across the change to winter time: every screen agrees, every glass and set lands on its day', { timeout: 170_000 }, async () => {
  // Day 0, 08:00: nothing yet.
  await timeTravel(ny(DAY0, '08:00'));
  await go('/today', 'No plan yet');

  // 10:30: the therapist's link.
  await timeTravel(ny(DAY0, '10:30'));
  await page.goto(planLink(server.url));
  await page.getByRole('button', { name: 'Accept this plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today’s exercises' }).waitFor();

  for (let day = 0; day < DAYS; day++) {
    const date = dateOf(day);
    if (day > 0) {
      await timeTravel(ny(date, '08:00'));
      await checkAll(day, '08:00');
      if (day % 2 === 1) await logGlass(day, '08:00');
    }

    await timeTravel(ny(date, '13:00'));
    if (day === 14) {
      // The appointment at 10:00 was the second session of the series; the client enters it.
      await checkAll(day, '13:00');
      await enterSession(`${date}T11:00`, 'Relaxation / Swedish / spa', 'Light');
      secondSession = true;
      await page.getByRole('heading', { level: 1, name: 'Your plan for today' }).waitFor();
      await waitText('.earlier-plans', `Earlier today, before your latest session: ${planGlasses.get('late') ?? 0} of 5 glasses.`);
    }
    await checkAll(day, '13:00');
    await logGlass(day, '13:00');
    if (day <= 13) await tickSets(day, (day % 3) + 1);
    // Every check-in is answered at 13:00 except the 24-hour one and week 2's.
    const due = dueCheckIn(day);
    if (due && due.id !== 'after-24h' && due.id !== 'week-2') await answerCheckIn(due);

    await timeTravel(ny(date, '22:45'));
    await checkAll(day, '22:45');
    await logGlass(day, '22:45');

    if (day === 13) {
      // A late session: it ends at 23:30, so its plan is tomorrow's.
      await timeTravel(ny(date, '23:35'));
      await enterSession(`${date}T23:30`, 'Deep tissue', 'Firm');
      lateSession = true;
      await page.getByRole('heading', { level: 1, name: 'Your plan for tomorrow' }).waitFor();
    }

    // 01:00: the calendar says tomorrow, the waking day is still today's.
    await timeTravel(ny(addDays(date, 1), '01:00'));
    await checkAll(day, '01:00');
    if (day % 4 === 2 && day !== 13) await logGlass(day, '01:00');
    if (day === 5) await tickSets(day, 1);
  }

  // The glasses of 01:00 landed on the day before: History says so for every such day.
  await go('/history', 'History');
  for (const [day, count] of ownGlasses) {
    await page.locator(`.history-list li[data-day="${dateOf(day)}"]`, { hasText: `Water: ${resultText(count, 8, ', your everyday amount')}.` }).waitFor();
  }
  // The set ticked at 01:00 after day 5 counts on day 5 (three at 13:00, one at 01:00).
  await go('/exercises', 'Today’s exercises');
  // Days are named as the reader's language writes them ("Tue 27 Oct" in en-GB), by the browser's own Intl.
  const shortDay = (iso) => page.evaluate((date) => new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`)), iso);
  await page.locator('details li', { hasText: `${await shortDay(dateOf(5))}: 4 of 12 sets` }).waitFor({ state: 'attached' });
  await page.locator('details li', { hasText: `${await shortDay(dateOf(6))}: 1 of 12 sets` }).waitFor({ state: 'attached' });
  await go('/history', 'History');
  // The late session's plan and the second session's share day 14, each with its own glasses.
  await page.locator(`.history-list li[data-day="${dateOf(14)}"]`, { hasText: `2 sessions: ${planGlasses.get('late') ?? 0} of 5 glasses, then ${planGlasses.get('second')} of 4 glasses.` }).waitFor();
  assert.deepEqual(problems, []);
});
