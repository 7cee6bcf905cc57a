import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAYTIME, openApp } from './harness.mjs';

let server;
let page;
let close;

before(async () => {
  ({ server, page, close } = await openApp({ beforeOpen: (p) => p.clock.install({ time: DAYTIME }) }));
  await page.getByRole('heading', { level: 1 }).waitFor();
});
after(() => close?.());

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(pattern, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const labelledBy = el.getAttribute('aria-labelledby');
      const byId = labelledBy ? document.getElementById(labelledBy)?.textContent : '';
      return el.getAttribute('aria-label') || byId || el.labels?.[0]?.textContent || el.textContent || '';
    });
    if (pattern.test(name.trim())) return name.trim();
  }
  throw new Error(`never reached ${pattern} with Tab`);
}

test('the whole first flow works with the keyboard alone', async () => {
  await tabTo(/^Start after my massage$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Tell us about your session' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Tell us about your session', 'focus moves to the new screen');

  await tabTo(/^Relaxation/);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('radio', { name: 'Deep tissue' }).isChecked(), true);

  await tabTo(/^Medium$/);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('radio', { name: 'Firm' }).isChecked(), true);

  await tabTo(/^One glass more$/);
  await page.keyboard.press('Enter');
  assert.equal(await page.getByRole('spinbutton').inputValue(), '5');

  await tabTo(/^Make my plan$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your plan for today' }).waitFor();

  await tabTo(/\+1 glass of water/);
  await page.keyboard.press('Enter');
  await page.getByRole('img', { name: '1 of 5 glasses' }).waitFor();
  await tabTo(/^Undo$/);
  await page.keyboard.press('Space');
  await page.getByRole('img', { name: '0 of 5 glasses' }).waitFor();
});

test('controls on the main screens have accessible names', async () => {
  for (const path of ['/', '/session/new', '/today', '/history', '/settings']) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, a[href], input, select, textarea, [role="img"]')]
        .filter((el) => {
          const labelledBy = el.getAttribute('aria-labelledby');
          const name = el.getAttribute('aria-label') || (labelledBy && document.getElementById(labelledBy)?.textContent) || el.labels?.[0]?.textContent || el.textContent;
          return !name?.trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(unnamed, [], `unnamed controls on ${path}`);
  }
});
