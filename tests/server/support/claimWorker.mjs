// @ts-check
// One of two processes racing to claim reminders from the same SQLite file (sqliteStore.test.mjs).
// argv: dbFile startAtEpochMs. Prints the claimed row ids as JSON.
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteStore } from '../../../server/push/sqliteStore.mjs';

const [file = '', startAt = '0'] = process.argv.slice(2);
const store = openSqliteStore({ file });
await sleep(Math.max(0, Number(startAt) - Date.now()));
/** @type {number[]} */
const claimed = [];
for (;;) {
  const claims = await store.claimDue({ now: Date.now(), limit: 25, leaseMs: 60_000, token: `worker-${process.pid}-${claimed.length}` });
  if (claims.length === 0) break;
  for (const claim of claims) claimed.push(claim.rowId);
  await new Promise((next) => setImmediate(next));
}
store.close();
process.stdout.write(JSON.stringify(claimed));
