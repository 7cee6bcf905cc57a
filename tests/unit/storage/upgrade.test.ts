import { describe, expect, it } from 'vitest';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { DB_VERSION } from '../../../src/storage/schema';
import * as v1 from '../../fixtures/db/v1';
import * as v2 from '../../fixtures/db/v2';
import * as v3 from '../../fixtures/db/v3';
import * as v4 from '../../fixtures/db/v4';

// One entry per released schema version; each must open as the newest with every record intact.
const FIXTURES = [v1, v2, v3, v4];

/** v3 renamed `planId`: what an older record looks like once upgraded. */
function renamed(records: readonly object[] | undefined, to: 'sessionId' | 'carePlanId'): object[] {
  return (records ?? []).map((record) => {
    if (!('planId' in record)) return record;
    const { planId, ...rest } = record as { planId: string };
    return { ...rest, [to]: planId };
  });
}

/**
 * v4 gave plans their day and filed drinks under one. Every fixture's plan is for 1 November 2026
 * in New York and every older drink was logged while it ran, so it keeps its session.
 */
function withDays<T extends object>(records: readonly T[], version: number, day: (record: T) => object): T[] {
  return version >= 4 ? [...records] : records.map((record) => ({ ...record, ...day(record) }));
}

describe('schema upgrades', () => {
  for (const fixture of FIXTURES) {
    it(`upgrades a version ${fixture.VERSION} database to version ${DB_VERSION} with every record intact`, async () => {
      const name = `upgrade-from-v${fixture.VERSION}`;
      await fixture.seed(name);
      const db = await openAftercareDB(undefined, name);
      expect(db.version).toBe(DB_VERSION);
      const store = idbStore(db);
      const all = await store.readEverything();
      expect(all.settings).toEqual(fixture.records.settings[0]!.value);
      const sessions = fixture.records.sessions as readonly { plan: object }[];
      expect(all.sessions).toEqual(withDays(sessions, fixture.VERSION, (s) => ({ plan: { ...s.plan, day: '2026-11-01' } })));
      expect(all.drinks).toEqual(withDays(renamed(fixture.records.drinks, 'sessionId'), fixture.VERSION, () => ({ day: '2026-11-01' })));
      const r = fixture.records as Partial<typeof v2.records | typeof v3.records>;
      expect(all.carePlans).toEqual(r.carePlans ?? []);
      expect(all.exerciseChecks).toEqual(renamed(r.exerciseChecks, 'carePlanId'));
      expect(all.checkIns).toEqual(renamed(r.checkIns, 'carePlanId'));
      expect([...(await store.handledReminderIds())]).toEqual((r.reminderLog ?? []).map((x) => x.id));
      expect((await store.listSnoozes()).map((x) => x.id)).toEqual((r.snoozes ?? []).map((x) => x.id));
      // Every store of the newest version exists and takes writes.
      await store.markRemindersHandled([{ id: 'after-upgrade', handledAt: 1, how: 'shown' }]);
      // The indexes answer: a drink is found by its session and by its day, a check-off by its care plan.
      const planned = all.drinks.filter((d) => d.sessionId === 'fixture-session-1');
      expect(await store.drinksForSession('fixture-session-1')).toHaveLength(planned.length);
      expect((await store.drinksForDays('2026-11-01', '2026-11-02')).map((d) => d.id)).toEqual(all.drinks.map((d) => d.id));
      if (r.exerciseChecks) expect(await store.checksForCarePlan(v2.PLAN_ID)).toHaveLength(r.exerciseChecks.length);
      db.close();
    });
  }

  it('files a glass logged the next day against an old plan under its own day, with no plan (v3 → v4)', async () => {
    const name = 'upgrade-next-day-glass';
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 3);
      request.onupgradeneeded = () => v3.createStores(request.result);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction(['settings', 'sessions', 'drinks'], 'readwrite');
        tx.objectStore('settings').put(v3.records.settings[0]!.value, 'app');
        tx.objectStore('sessions').put(v3.records.sessions[0]!);
        // 12:05 in New York on 2 November, the day after the plan.
        tx.objectStore('drinks').put({ id: 'next-day', sessionId: 'fixture-session-1', at: Date.UTC(2026, 10, 2, 17, 5), beverage: 'water', volumeMl: 300 });
        tx.oncomplete = () => { request.result.close(); resolve(); };
      };
    });
    const db = await openAftercareDB(undefined, name);
    const [drink] = await idbStore(db).drinksForDays('2026-11-02', '2026-11-02');
    expect(drink).toEqual({ id: 'next-day', day: '2026-11-02', at: Date.UTC(2026, 10, 2, 17, 5), beverage: 'water', volumeMl: 300 });
    db.close();
  });
});
