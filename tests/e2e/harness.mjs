// Shared set-up for the browser tests: the built app on a loopback port, Debian's Chromium,
// and a guard that fails a test on any console error or request to another origin.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createAppServer, listen } from '../../server/index.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * Noon in London on a plain June day. Tests that make a plan pin the clock here: a plan made after
 * bedtime is tomorrow's (issue 10), so a test run at night would otherwise see other screens.
 */
export const DAYTIME = Date.parse('2026-06-10T11:00:00Z');

export async function startAppServer() {
  const { server, url } = await listen(createAppServer({ root: 'dist' }), 0);
  return { url, close: () => new Promise((done) => server.close(done)) };
}

/**
 * A persistent (non-incognito) profile: installability checks report `in-incognito` otherwise.
 * Phone-sized, in a fixed locale and zone so times on screen are predictable.
 */
export async function launchApp(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'aftercare-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...options,
  });
  // Every Content-Security-Policy violation is recorded, so a test can prove there were none.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Records console errors, page errors and requests that leave the app's origin. */
export function watchPage(page, origin) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`other origin: ${url}`);
  });
  return problems;
}

/** Resolves once a service worker controls the page. */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 15_000 });
}

/**
 * One test file's set-up: the built app on a loopback port and a phone-sized Chromium profile
 * opened at `path`, watched for console errors and other-origin requests.
 * `beforeOpen(page)` runs before the first navigation (to install a fake clock, say).
 */
export async function openApp({ path = '/', launch = {}, waitForWorker = false, beforeOpen = async () => {} } = {}) {
  const server = await startAppServer();
  const app = await launchApp(launch);
  const page = app.context.pages()[0] ?? (await app.context.newPage());
  const problems = watchPage(page, server.url);
  await beforeOpen(page);
  await page.goto(`${server.url}${path}`);
  if (waitForWorker) await waitForServiceWorker(page);
  return {
    server,
    app,
    page,
    problems,
    async close() {
      await app.close();
      await server.close();
    },
  };
}

/** The notifications the service worker registration shows now: tag, title and body. */
export function notificationsOf(page) {
  return page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ tag: n.tag, title: n.title, body: n.body })));
}

/** Polls from Node until the notifications match: the page runs on a fake clock, and waitForFunction can't await a promise. */
export async function waitForNotificationsOf(page, predicate, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = await notificationsOf(page);
    if (predicate(list)) return list;
    if (Date.now() > deadline) throw new Error(`notifications never matched: ${JSON.stringify(list)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
