// Every screen in each of its states (empty, with a plan, with a care plan, ended) at 320×640,
// 390×844 and 1280×800, light and dark, at 100 % and 200 % text (Chromium's own default font size
// setting, as a user with large text has it). Fails on sideways scrolling, a control under 44 px or
// off screen, and anything without its styles (see layoutChecks.mjs); axe runs on every screen in
// both themes. One browser; the viewport, colour scheme and text size change per pass, no reloads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { axeViolations } from './axe.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startAppServer, watchPage } from './harness.mjs';
import { layoutProblems } from './layoutChecks.mjs';
import { SIZES, STATES, setTextSize } from './screens.mjs';

let server;
let browser;
before(async () => {
  server = await startAppServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

for (const [state, screens] of STATES) {
  describe(`layout and axe, ${state}`, () => {
    let context;
    let page;
    let cdp;
    let problems;
    before(async () => {
      context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: SIZES[1] });
      page = await context.newPage();
      problems = watchPage(page, server.url);
      cdp = await context.newCDPSession(page);
    });
    after(async () => { await context?.close(); });

    for (const [name, reach] of screens) {
      test(`${name}: fits every size, theme and text size; axe finds nothing`, async () => {
        await page.setViewportSize(SIZES[1]);
        await page.emulateMedia({ colorScheme: 'light' });
        await setTextSize(cdp, 100);
        await reach(page, server.url);
        const found = [];
        for (const size of SIZES) {
          for (const colorScheme of ['light', 'dark']) {
            for (const text of [100, 200]) {
              await page.setViewportSize(size);
              await page.emulateMedia({ colorScheme });
              await setTextSize(cdp, text);
              await nextFrame(page);
              for (const problem of await page.evaluate(layoutProblems)) found.push(`${size.width} px, ${colorScheme}, ${text} %: ${problem}`);
            }
          }
        }
        await setTextSize(cdp, 100);
        await page.setViewportSize(SIZES[1]);
        for (const colorScheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme });
          for (const violation of await axeViolations(page)) found.push(`axe, ${colorScheme}: ${violation}`);
        }
        assert.deepEqual(found, []);
      });
    }

    test('no console errors and no request to another origin', () => {
      assert.deepEqual(problems, []);
    });
  });
}
