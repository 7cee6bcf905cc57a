// @ts-check
/**
 * Picks the push store: PostgreSQL when a database URL is given (several processes, several
 * machines), else the embedded SQLite file. The Postgres driver and Graphile Worker load only then.
 */
import { openSqliteStore } from './sqliteStore.mjs';

/**
 * @param {{ databaseUrl?: string, dbFile?: string }} [options]
 *   Defaults: env AFTERCARE_DATABASE_URL, then env AFTERCARE_DB (see sqliteStore.mjs).
 * @returns {Promise<import('./store.mjs').PushStore>}
 */
export async function openPushStore({ databaseUrl = process.env.AFTERCARE_DATABASE_URL, dbFile } = {}) {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('AFTERCARE_DATABASE_URL must be a postgres:// URL');
    const { openPostgresStore } = await import('./postgresStore.mjs');
    return openPostgresStore({ url: databaseUrl });
  }
  return openSqliteStore(dbFile ? { file: dbFile } : {});
}
