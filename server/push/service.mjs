// @ts-check
/**
 * Wires the push reminder service for `npm start`: the SQLite store, the VAPID keys kept in it,
 * the API for server/index.mjs to mount, and the dispatcher ticking in the same process.
 */
import { createPushApi } from './api.mjs';
import { createDispatcher } from './dispatcher.mjs';
import { openSqliteStore } from './sqliteStore.mjs';
import { loadVapidDetails } from './vapid.mjs';
import { createPushAgent, createWebPushSender } from './webPushSender.mjs';

/**
 * @typedef {object} PushServiceOptions
 * @property {string} [dbFile] Default: env AFTERCARE_DB, else data/aftercare-push.sqlite.
 * @property {string} [subject] VAPID subject. Default: env VAPID_SUBJECT, else mailto:aftercare@localhost.
 * @property {boolean} [testMode] Loopback endpoints allowed; for tests against a mock push service.
 * @property {import('node:https').Agent} [agent] For the push requests; tests pass one trusting their CA.
 * @property {number} [intervalMs] How often the dispatcher looks for due reminders.
 * @property {boolean} [trustProxy]
 * @property {Pick<Console, 'info' | 'error'>} [log]
 */

/** @param {PushServiceOptions} [options] */
export async function startPushService({ dbFile, subject, testMode = false, agent, intervalMs = 5000, trustProxy = false, log = console } = {}) {
  const store = openSqliteStore(dbFile ? { file: dbFile } : {});
  const vapid = await loadVapidDetails(store, subject ? { subject } : {});
  const pushAgent = agent ?? createPushAgent();
  const api = createPushApi({ store, vapidPublicKey: vapid.publicKey, testMode, trustProxy, log });
  const dispatcher = createDispatcher({ store, send: createWebPushSender({ vapid, agent: pushAgent, testMode }), log });
  dispatcher.start(intervalMs);
  return {
    api,
    dispatcher,
    store,
    vapidPublicKey: vapid.publicKey,
    /** Finishes the batch in flight, then closes the database. */
    async close() {
      await dispatcher.stop();
      if (!agent) pushAgent.destroy();
      await store.close();
    },
  };
}
