// @vitest-environment node
// AFTERCARE_ROLE: two web processes and a dispatcher share one store. Here they are three push
// services in one process (the kill tests use real processes): a reminder synced through either web
// service reaches the push service through the dispatcher, and each role does only its own part.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer, listen } from '../../server/index.mjs';
import { startPushService } from '../../server/push/service.mjs';
import { startMockPushService } from './support/mockPushService.mjs';
import { makeSelfSignedCert } from './support/selfSignedCert.mjs';
import { createTestDatabase, POSTGRES_REQUIRED, POSTGRES_URL, warnPostgresSkipped } from './support/storeBackends.mjs';

const SECRET = Buffer.alloc(32, 7).toString('base64url');
const quiet = { info() {}, error() {} };
let tls;
let dir;

beforeAll(() => {
  tls = makeSelfSignedCert();
  dir = mkdtempSync(join(tmpdir(), 'aftercare-roles-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Aftercare</title>');
});
afterAll(() => {
  rmSync(tls.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

warnPostgresSkipped('the web/dispatcher roles test');
const backends = [
  { name: 'SQLite', open: async () => ({ options: { dbFile: join(dir, `roles-${Date.now()}.sqlite`) }, drop: async () => {} }) },
  ...(POSTGRES_URL || POSTGRES_REQUIRED
    ? [{ name: 'PostgreSQL', open: async () => {
        const database = await createTestDatabase();
        return { options: { databaseUrl: database.url }, drop: database.drop };
      } }]
    : []),
];

describe.each(backends)('roles on one $name store', ({ open }) => {
  it('web services take syncs, the dispatcher alone sends them', async () => {
    const { options, drop } = await open();
    const agent = new Agent({ keepAlive: true, ca: tls.cert });
    const common = { ...options, testMode: true, agent, intervalMs: 50, log: quiet };
    // Started one after another so the first creates the schema and the VAPID keys; the others find them.
    const dispatcher = await startPushService({ ...common, role: 'dispatcher' });
    const webs = [await startPushService({ ...common, role: 'web' }), await startPushService({ ...common, role: 'web' })];
    const mock = await startMockPushService({ key: tls.key, cert: tls.cert, vapidPublicKey: dispatcher.vapidPublicKey });
    const servers = await Promise.all(webs.map((web) => listen(createAppServer({ root: join(dir, 'dist'), push: web.api }), 0)));
    try {
      expect(dispatcher.api).toBeNull();
      expect(webs.map((w) => w.dispatcher)).toEqual([null, null]);
      expect(webs.map((w) => w.vapidPublicKey)).toEqual([dispatcher.vapidPublicKey, dispatcher.vapidPublicKey]);

      const now = Date.now();
      for (const [i, { url }] of servers.entries()) {
        const res = await fetch(`${url}/api/push/subscription`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ subscription: mock.subscriptionFor(`phone-${i}`), ownerSecret: SECRET, timeZone: 'UTC', reminders: [{ id: `due-${i}`, at: now - 1000, kind: 'water' }] }),
        });
        expect(await res.json()).toEqual({ scheduled: 1 });
      }
      await expect.poll(() => mock.received.map((r) => r.reminderId).sort(), { timeout: 15_000 }).toEqual(['due-0', 'due-1']);
      expect(mock.problems).toEqual([]);
    } finally {
      for (const { server } of servers) {
        server.close();
        server.closeAllConnections();
      }
      for (const service of [...webs, dispatcher]) await service.close();
      agent.destroy();
      await mock.close();
      await drop();
    }
  }, 60_000);
});
