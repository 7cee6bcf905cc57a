import { describe, expect, it } from 'vitest';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { DB_VERSION } from '../../../src/storage/schema';
import * as v1 from '../../fixtures/db/v1';
import * as v2 from '../../fixtures/db/v2';

// One entry per released schema version; each must open as the newest with every record intact.
const FIXTURES = [v1, v2];

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
      expect(all.drinks).toEqual(fixture.records.drinks);
      const r = fixture.records as Partial<typeof v2.records>;
      expect(all.carePlans).toEqual(r.carePlans ?? []);
      expect(all.exerciseChecks).toEqual(r.exerciseChecks ?? []);
      expect(all.checkIns).toEqual(r.checkIns ?? []);
      expect([...(await store.handledReminderIds())]).toEqual((r.reminderLog ?? []).map((x) => x.id));
      expect((await store.listSnoozes()).map((x) => x.id)).toEqual((r.snoozes ?? []).map((x) => x.id));
      // Every store of the newest version exists and takes writes.
      await store.markRemindersHandled([{ id: 'after-upgrade', handledAt: 1, how: 'shown' }]);
      db.close();
    });
  }
});
