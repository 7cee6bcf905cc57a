// @ts-check
/**
 * Wires the push reminder service for `npm start`: the store (SQLite, or Postgres when a database
 * URL is set), the VAPID keys kept in it, and, by role, the API for server/index.mjs to mount
 * ('web'), the dispatcher ticking in this process ('dispatcher'), or both ('all', the default).
 * Any number of processes of either role may share one Postgres database.
 */
import { createPushApi } from './api.mjs';
import { createDispatcher } from './dispatcher.mjs';
import { openPushStore } from './openStore.mjs';
import { loadVapidDetails } from './vapid.mjs';
import { createPushAgent, createWebPushSender } from './webPushSender.mjs';

/**
 * @typedef {'all' | 'web' | 'dispatcher'} PushRole
 *
 * @typedef {object} PushServiceOptions
 * @property {PushRole} [role]
 * @property {string} [databaseUrl] postgres://…; default: env AFTERCARE_DATABASE_URL, else SQLite.
 * @property {string} [dbFile] SQLite only. Default: env AFTERCARE_DB, else data/aftercare-push.sqlite.
 * @property {string} [subject] VAPID subject. Default: env VAPID_SUBJECT, else mailto:aftercare@localhost.
 * @property {boolean} [testMode] Loopback endpoints allowed; for tests against a mock push service.
 * @property {import('node:https').Agent} [agent] For the push requests; tests pass one trusting their CA.
 * @property {number} [intervalMs] How often the dispatcher looks for due reminders.
 * @property {boolean} [trustProxy]
 * @property {Pick<Console, 'info' | 'error'>} [log]
 */

/** @param {PushServiceOptions} [options] */
export async function startPushService({
  role = 'all',
  databaseUrl,
  dbFile,
  subject,
  testMode = false,
  agent,
  intervalMs = 5000,
  trustProxy = false,
  log = console,
} = {}) {
  const store = await openPushStore({ databaseUrl, dbFile });
  const vapid = await loadVapidDetails(store, subject ? { subject } : {});
  const pushAgent = agent ?? createPushAgent();
  const api = role === 'dispatcher' ? null : createPushApi({ store, vapidPublicKey: vapid.publicKey, testMode, trustProxy, log });
  const dispatcher = role === 'web' ? null : createDispatcher({ store, send: createWebPushSender({ vapid, agent: pushAgent, testMode }), log });
  dispatcher?.start(intervalMs);
  return {
    api,
    dispatcher,
    store,
    vapidPublicKey: vapid.publicKey,
    /** Finishes the batch in flight, then closes the database. */
    async close() {
      await dispatcher?.stop();
      if (!agent) pushAgent.destroy();
      await store.close();
    },
  };
}
