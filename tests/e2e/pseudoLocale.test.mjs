// The pseudo-locale (en-XA: every message accented and 40 % longer, src/domain/i18n/pseudo.ts) over
// every screen in every state of the layout test: no English left that bypassed the catalogue, and
// longer languages neither scroll sideways nor clip a control, at 320 and 390 px, at 100 and 200 % text.
// Each screen is reached in English (the steps find controls by their English names), then the
// language switches in place.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startAppServer, watchPage } from './harness.mjs';
import { layoutProblems } from './layoutChecks.mjs';
import { clippedControls, switchLanguage, untranslatedText } from './languageSwitch.mjs';
import { CLIENT, SIZES, STATES, THERAPIST, setTextSize } from './screens.mjs';

// The therapist's and client's own words in the test plans (tests/e2e/screens.mjs) stay as written.
const FREE_TEXT = [THERAPIST, 'Riverside Massage Therapy', 'Use a heat pack on tight spots.', 'No heavy lifting for 48 hours.', CLIENT];

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

for (const [state, screens] of STATES) {
  describe(`pseudo-locale, ${state}`, () => {
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
      test(`${name}: every word from the catalogue, nothing overflows or clips`, async () => {
        await page.setViewportSize(SIZES[1]);
        await setTextSize(cdp, 100);
        if (await page.evaluate(() => location.href !== 'about:blank')) await switchLanguage(page, null);
        await reach(page, server.url);
        await switchLanguage(page, 'en-XA');
        const found = (await page.evaluate(untranslatedText, FREE_TEXT)).map((text) => `English: ${text}`);
        for (const size of SIZES.slice(0, 2)) {
          for (const text of [100, 200]) {
            await page.setViewportSize(size);
            await setTextSize(cdp, text);
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            for (const problem of await page.evaluate(layoutProblems)) found.push(`${size.width} px, ${text} %: ${problem}`);
            for (const problem of await page.evaluate(clippedControls)) found.push(`${size.width} px, ${text} %: clipped ${problem}`);
          }
        }
        await setTextSize(cdp, 100);
        await page.setViewportSize(SIZES[1]);
        await switchLanguage(page, null);
        assert.deepEqual(found, []);
      });
    }

    test('no console errors and no request to another origin', () => {
      assert.deepEqual(problems, []);
    });
  });
}
