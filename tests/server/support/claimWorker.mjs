// @ts-check
// One of several processes racing to claim reminders from one store (storeContract.test.mjs).
// argv: sqlite|postgres, the file or URL, startAtEpochMs. Prints the claimed reminder ids as JSON.
import { setTimeout as sleep } from 'node:timers/promises';
import { openPushStore } from '../../../server/push/openStore.mjs';

const [kind = '', target = '', startAt = '0'] = process.argv.slice(2);
const store = await openPushStore(kind === 'postgres' ? { databaseUrl: target } : { dbFile: target });
await sleep(Math.max(0, Number(startAt) - Date.now()));
/** @type {string[]} */
const claimed = [];
for (;;) {
  const claims = await store.claimDue({ now: Date.now(), limit: 25, leaseMs: 60_000, token: `worker-${process.pid}-${claimed.length}` });
  if (claims.length === 0) break;
  for (const claim of claims) claimed.push(`${claim.subscriptionId}/${claim.reminderId}`);
  await new Promise((next) => setImmediate(next));
}
await store.close();
process.stdout.write(JSON.stringify(claimed));
