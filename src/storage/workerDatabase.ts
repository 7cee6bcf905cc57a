import { DB_NAME } from './schema';
import { needsDayFiling, openDatabase, type AftercareDatabase } from './db';
import { fileDrinksByDay } from './repos/dayFiling';

/** The service worker's way into the database: as the page's, with the v4 filing code bundled in. */
export async function openWorkerDatabase(): Promise<AftercareDatabase> {
  // The worker holds the database only for one quick action; another tab's upgrade just closes it.
  const db = await openDatabase(() => {}, DB_NAME);
  if (await needsDayFiling(db)) await fileDrinksByDay(db);
  return db;
}
