import { describe, expect, it } from 'vitest';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { DB_VERSION } from '../../../src/storage/schema';
import * as v1 from '../../fixtures/db/v1';
import * as v2 from '../../fixtures/db/v2';
import * as v3 from '../../fixtures/db/v3';

// One entry per released schema version; each must open as the newest with every record intact.
const FIXTURES = [v1, v2, v3];

/** v3 renamed `planId`: what an older record looks like once upgraded. */
function renamed(records: readonly object[] | undefined, to: 'sessionId' | 'carePlanId'): object[] {
  return (records ?? []).map((record) => {
    if (!('planId' in record)) return record;
    const { planId, ...rest } = record as { planId: string };
    return { ...rest, [to]: planId };
  });
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
      expect(all.sessions).toEqual(fixture.records.sessions);
      expect(all.drinks).toEqual(renamed(fixture.records.drinks, 'sessionId'));
      const r = fixture.records as Partial<typeof v2.records | typeof v3.records>;
      expect(all.carePlans).toEqual(r.carePlans ?? []);
      expect(all.exerciseChecks).toEqual(renamed(r.exerciseChecks, 'carePlanId'));
      expect(all.checkIns).toEqual(renamed(r.checkIns, 'carePlanId'));
      expect([...(await store.handledReminderIds())]).toEqual((r.reminderLog ?? []).map((x) => x.id));
      expect((await store.listSnoozes()).map((x) => x.id)).toEqual((r.snoozes ?? []).map((x) => x.id));
      // Every store of the newest version exists and takes writes.
      await store.markRemindersHandled([{ id: 'after-upgrade', handledAt: 1, how: 'shown' }]);
      // The renamed indexes answer: a drink is found by its session, a check-off by its care plan.
      expect(await store.drinksForSession('fixture-session-1')).toHaveLength(fixture.records.drinks.length);
      if (r.exerciseChecks) expect(await store.checksForCarePlan(v2.PLAN_ID)).toHaveLength(r.exerciseChecks.length);
      db.close();
    });
  }
});
