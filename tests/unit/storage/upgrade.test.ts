import { describe, expect, it } from 'vitest';
import { openAftercareDB } from '../../../src/storage/db';
import { idbStore } from '../../../src/storage/idbStore';
import { DB_VERSION } from '../../../src/storage/schema';
import * as v1 from '../../fixtures/db/v1';

// One entry per released schema version; each must open as the newest with every record intact.
const FIXTURES = [v1];

describe('schema upgrades', () => {
  for (const fixture of FIXTURES) {
    it(`upgrades a version ${fixture.VERSION} database to version ${DB_VERSION} with every record intact`, async () => {
      const name = `upgrade-from-v${fixture.VERSION}`;
      await fixture.seed(name);
      const db = await openAftercareDB(undefined, name);
      expect(db.version).toBe(DB_VERSION);
      const store = idbStore(db);
      expect(await store.getSettings()).toEqual(fixture.records.settings[0]!.value);
      expect(await store.listSessions()).toEqual(fixture.records.sessions);
      expect(await store.drinksForPlan('fixture-session-1')).toEqual(fixture.records.drinks);
      db.close();
    });
  }
});
