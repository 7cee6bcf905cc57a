import { afterEach, describe, expect, it } from 'vitest';
import { openAftercareDB, openDatabase } from '../../../src/storage/db';
import { openCurrentDatabase } from '../../../src/storage/earlyOpen';
import { openIdbStore } from '../../../src/storage/idbStore';
import { DB_NAME } from '../../../src/storage/schema';
import type { AftercareStore } from '../../../src/storage/store';
import * as v3 from '../../fixtures/db/v3';
import * as v4 from '../../fixtures/db/v4';

// main.tsx opens the database and reads Today on it before the storage code has loaded; the store
// then takes that connection over (openIdbStore). Each test uses the app's own database name.
const WINDOW = { sessionsSince: 0, fromDay: '2026-10-31', toDay: '2026-11-02' };
const opened: AftercareStore[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.deleteEverything();
  await new Promise((resolve) => (indexedDB.deleteDatabase(DB_NAME).onsuccess = resolve));
});

describe('opening early', () => {
  it('leaves a database that needs the upgrade ladder (here: none yet) to the store', async () => {
    expect(await openCurrentDatabase(async () => WINDOW)).toBeUndefined();
    const store = await openIdbStore();
    opened.push(store);
    expect(await store.readToday(WINDOW)).toMatchObject({ sessions: [], drinks: [] });
  });

  it("reads Today as soon as a current database opens, and the store takes the connection and gives the same", async () => {
    await v4.seed(DB_NAME);
    (await openAftercareDB()).close();
    const early = await openCurrentDatabase(async () => WINDOW);
    const today = await early!.today;
    expect(today!.sessions.map((s) => s.id)).toEqual(v4.records.sessions.map((s) => s.id).reverse());
    expect(today!.drinks.map((d) => d.id)).toEqual(v4.records.drinks.map((d) => d.id));
    expect(today!.carePlan?.id).toBe(v4.records.carePlans[0]!.id);
    const store = await openIdbStore(undefined, early);
    opened.push(store);
    expect(await store.readToday(WINDOW)).toEqual(today);
  });

  it('gives no early records while the v4 filing is pending; the store files the drinks first', async () => {
    await v3.seed(DB_NAME);
    // The v4 upgrade without the filing that follows it: a tab closed in between.
    (await openDatabase(() => {}, DB_NAME)).close();
    const early = await openCurrentDatabase(async () => WINDOW);
    expect(early).toBeDefined();
    expect(await early!.today).toBeUndefined();
    const store = await openIdbStore(undefined, early);
    opened.push(store);
    expect((await store.readToday(WINDOW)).drinks.map((d) => d.id)).toEqual(v3.records.drinks.map((d) => d.id));
    // Filed for good: the next early read is usable.
    const again = await openCurrentDatabase(async () => WINDOW);
    expect((await again!.today)?.drinks.map((d) => d.id)).toEqual(v3.records.drinks.map((d) => d.id));
    again!.db.close();
  });
});
