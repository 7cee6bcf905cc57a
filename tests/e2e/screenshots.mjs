// Screenshots of every screen in every state, for looking at (not a test): at 320, 390 and 1280 px,
// light and dark, 100 % and 200 % text, with the layout problems the layout test would report.
//   node tests/e2e/screenshots.mjs [out-dir] [state or screen filter] [--full | --tiles] [--only=390-light-100]
// Needs a build (npm run build). Prints one line per variant with problems.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startAppServer } from './harness.mjs';
import { layoutProblems } from './layoutChecks.mjs';
import { SIZES, STATES, setTextSize } from './screens.mjs';

const [out = '/tmp/aftercare-shots', filter = '', ...flags] = process.argv.slice(2);
const fullPage = flags.includes('--full');
/** --tiles: the whole page as viewport-high slices (image viewers shrink one tall shot to a smear). */
const tiles = flags.includes('--tiles');
const only = flags.find((f) => f.startsWith('--only='))?.slice('--only='.length);
await mkdir(out, { recursive: true });
const server = await startAppServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [state, screens] of STATES) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: SIZES[1] });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    const cdp = await context.newCDPSession(page);
    for (const [name, reach] of screens) {
      await setTextSize(cdp, 100);
      await page.setViewportSize(SIZES[1]);
      await reach(page, server.url);
      if (filter && !`${state} ${name}`.includes(filter)) continue;
      const found = new Map();
      for (const size of SIZES) {
        for (const colorScheme of ['light', 'dark']) {
          for (const text of [100, 200]) {
            if (only && only !== `${size.width}-${colorScheme}-${text}`) continue;
            await page.setViewportSize(size);
            await page.emulateMedia({ colorScheme });
            await setTextSize(cdp, text);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const file = `${out}/${state}--${name}--${size.width}-${colorScheme}-${text}.png`.replace(/[ ,]+/g, '_');
            // A full-page capture resizes the page, which drops Chromium's text-size setting: a "200 %"
            // shot would be at 100 %. So tiles scroll the window, and --full at 200 % falls back to tiles.
            if (tiles || (fullPage && text !== 100)) {
              const height = await page.evaluate(() => document.documentElement.scrollHeight);
              for (let y = 0, n = 0; y < height; y += size.height, n += 1) {
                await page.evaluate((top) => scrollTo(0, top), y);
                await page.screenshot({ path: file.replace('.png', `-${n}.png`) });
              }
              await page.evaluate(() => scrollTo(0, 0));
            } else await page.screenshot({ path: file, fullPage });
            for (const problem of await page.evaluate(layoutProblems)) {
              const where = found.get(problem) ?? [];
              found.set(problem, [...where, `${size.width}/${colorScheme}/${text}%`]);
            }
          }
        }
      }
      for (const [problem, where] of found) console.log(`${state} / ${name}: ${problem}  [${where.length === 12 ? 'all' : where.join(' ')}]`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
