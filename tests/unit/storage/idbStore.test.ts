import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/settings';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { memoryStore } from '../../../src/storage/memoryStore';
import type { AftercareStore } from '../../../src/storage/store';
import type { DrinkRecord, SessionRecord } from '../../../src/storage/schema';
import { records } from '../../fixtures/db/v4';

// The newest fixture is frozen raw data; today's types describe it exactly.
const fixtureSessions = records.sessions as unknown as SessionRecord[];
const fixtureDrinks = records.drinks as unknown as DrinkRecord[];

let dbCount = 0;
const stores: Array<[string, () => Promise<AftercareStore>]> = [
  ['IndexedDB', async () => idbStore(await openAftercareDB(undefined, `store-test-${dbCount++}`))],
  ['memory', async () => memoryStore()],
];

describe.each(stores)('%s store', (_name, makeStore) => {
  it('returns the default settings when nothing is stored', async () => {
    const store = await makeStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps settings', async () => {
    const store = await makeStore();
    const next = { ...DEFAULT_SETTINGS, bedtime: '23:00', glassMl: 300 };
    await store.putSettings(next);
    expect(await store.getSettings()).toEqual(next);
  });

  it('lists sessions newest first and finds the latest', async () => {
    const store = await makeStore();
    const older = fixtureSessions[0]!;
    const newer = { ...older, id: 'newer', createdAt: older.createdAt + 1000 };
    await store.addSession(older);
    await store.addSession(newer);
    expect((await store.listSessions()).map((s) => s.id)).toEqual(['newer', older.id]);
    expect((await store.latestSession())?.id).toBe('newer');
  });

  it("reads one plan's drinks oldest first, ignoring other plans", async () => {
    const store = await makeStore();
    const [first, second] = fixtureDrinks;
    await store.putDrink(second!);
    await store.putDrink(first!);
    await store.putDrink({ ...first!, id: 'other-session', sessionId: 'someone-else' });
    expect((await store.drinksForSession('fixture-session-1')).map((d) => d.id)).toEqual([first!.id, second!.id]);
  });

  it('reads the drinks of a range of days by day then time, with or without a plan (v4)', async () => {
    const store = await makeStore();
    const [first, second, own] = fixtureDrinks;
    for (const drink of [own!, second!, first!]) await store.putDrink(drink);
    await store.putDrink({ ...own!, id: 'later', day: '2026-11-05' });
    expect((await store.drinksForDays('2026-11-01', '2026-11-02')).map((d) => d.id)).toEqual([first!.id, second!.id, own!.id]);
    expect((await store.drinksForDays('2026-11-02', '2026-11-02')).map((d) => d.id)).toEqual([own!.id]);
    expect((await store.allDrinks()).map((d) => d.id)).toEqual([first!.id, second!.id, own!.id, 'later']);
    expect(await store.drinksForSession('fixture-session-1')).toHaveLength(2);
  });

  it('lists the sessions saved since a moment, newest first', async () => {
    const store = await makeStore();
    const [older] = fixtureSessions;
    await store.addSession(older!);
    await store.addSession({ ...older!, id: 'newer', createdAt: older!.createdAt + 1000 });
    expect((await store.sessionsSince(older!.createdAt + 1)).map((s) => s.id)).toEqual(['newer']);
    expect((await store.sessionsSince(older!.createdAt)).map((s) => s.id)).toEqual(['newer', older!.id]);
  });

  it('"Log a glass" files the glass under the plan current then, or else the day’s own log', async () => {
    const store = await makeStore();
    await store.addSession(fixtureSessions[0]!);
    const during = await store.logGlassOfWater(Date.UTC(2026, 10, 1, 15, 0));
    expect(during).toMatchObject({ day: '2026-11-01', sessionId: 'fixture-session-1', beverage: 'water', volumeMl: 300 });
    const later = await store.logGlassOfWater(Date.UTC(2026, 10, 3, 15, 0));
    expect(later.sessionId).toBeUndefined();
    expect(later).toMatchObject({ day: '2026-11-03', volumeMl: DEFAULT_SETTINGS.glassMl });
  });

  it('edits and deletes a drink', async () => {
    const store = await makeStore();
    const drink = fixtureDrinks[0]!;
    await store.putDrink(drink);
    await store.putDrink({ ...drink, volumeMl: 500 });
    expect((await store.drinksForSession(drink.sessionId!))[0]?.volumeMl).toBe(500);
    await store.deleteDrink(drink.id);
    expect(await store.drinksForSession(drink.sessionId!)).toEqual([]);
  });
});
