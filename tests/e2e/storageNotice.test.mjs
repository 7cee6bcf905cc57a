// When the browser won't let the app keep data (private mode, storage blocked), the app says so in
// words and keeps working for the visit; the notice waits for storage to start, not for the read to
// succeed, so it shows on a deep link to Today too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAYTIME, openApp } from './harness.mjs';

let page;
let problems;
let close;

before(async () => {
  ({ page, problems, close } = await openApp({
    path: '/today',
    beforeOpen: async (p) => {
      await p.clock.install({ time: DAYTIME });
      // As some private modes do: IndexedDB is there, and every open is refused.
      await p.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      });
    },
  }));
});
after(() => close?.());

test('a deep link to Today says the data cannot be kept, and Today still works for the visit', async () => {
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /won't let Aftercare save data/);
  await page.getByRole('button', { name: '+1 glass of water' }).click();
  await page.getByRole('button', { name: /Undo/ }).waitFor();
});

test('no console errors and no request to another origin', () => {
  assert.deepEqual(problems, []);
});
