// The therapist's exercise picker: search words and body-region filters narrow the 30+ library.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations } from './axe.mjs';
import { openApp } from './harness.mjs';

let page;
let problems;
let close;

before(async () => {
  ({ page, problems, close } = await openApp({ path: '/therapist' }));
  await page.getByRole('searchbox', { name: 'Search the library' }).waitFor();
});

after(() => close?.());

const shown = () => page.locator('.library-list input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => b.value));

test('the region filter and the search box narrow the library, and clearing them brings it all back', async () => {
  const all = await shown();
  assert.ok(all.length >= 30, `the library has ${all.length} exercises`);
  await page.getByRole('radio', { name: 'Legs' }).check();
  const legs = await shown();
  assert.ok(legs.length >= 3 && legs.length < all.length);
  assert.match(await page.locator('#library-count').innerText(), new RegExp(`^${legs.length} of ${all.length} exercises`));
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('calf');
  const calf = await shown();
  assert.ok(calf.length >= 1 && calf.every((id) => legs.includes(id)));
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('no such exercise');
  await page.getByText(/No exercise matches/).waitFor();
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await page.getByRole('radio', { name: 'All regions' }).check();
  assert.deepEqual(await shown(), all);
});

test('a ticked exercise stays assigned while filters hide it', async () => {
  await page.getByRole('checkbox', { name: 'Chin tuck' }).check();
  await page.getByRole('radio', { name: 'Feet' }).check();
  assert.match(await page.locator('#library-count').innerText(), /1 assigned/);
  await page.getByRole('radio', { name: 'All regions' }).check();
  assert.equal(await page.getByRole('checkbox', { name: 'Chin tuck' }).isChecked(), true);
});

test('the filters are reachable by keyboard and axe finds nothing', async () => {
  await page.getByRole('radio', { name: 'All regions' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('radio', { name: 'Neck' }).isChecked(), true);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('radio', { name: 'All regions' }).check();
});

test('no console errors and no request to another origin', () => {
  assert.deepEqual(problems, []);
});
