// @ts-check
/**
 * Picks the push store: PostgreSQL when a database URL is given (several processes, several
 * machines), else the embedded SQLite file. The Postgres driver and Graphile Worker load only then.
 */
import { openSqliteStore } from './sqliteStore.mjs';

/**
 * @param {{ databaseUrl?: string | undefined, dbFile?: string | undefined }} [options]
 *   An explicit `dbFile` means SQLite; otherwise env AFTERCARE_DATABASE_URL decides, and SQLite
 *   falls back to env AFTERCARE_DB (see sqliteStore.mjs).
 * @returns {Promise<import('./store.mjs').PushStore>}
 */
export async function openPushStore({ databaseUrl, dbFile } = {}) {
  const url = databaseUrl ?? (dbFile ? '' : (process.env.AFTERCARE_DATABASE_URL ?? ''));
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('AFTERCARE_DATABASE_URL must be a postgres:// URL');
    const { openPostgresStore } = await import('./postgresStore.mjs');
    return openPostgresStore({ url });
  }
  return openSqliteStore(dbFile ? { file: dbFile } : {});
}
