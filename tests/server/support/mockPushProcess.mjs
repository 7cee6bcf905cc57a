// @ts-check
// The mock push service in its own process (for the throughput bench: the dispatcher's process then
// measures only itself). argv: keyPath certPath vapidPublicKey. IPC: sends { origin } when ready;
// answers 'stats' with counts, the ids received more than once ("name/reminderId"), the first
// problems and its own CPU time.
import { readFileSync } from 'node:fs';
import { startMockPushService } from './mockPushService.mjs';

const [keyPath = '', certPath = '', vapidPublicKey = ''] = process.argv.slice(2);
const mock = await startMockPushService({ key: readFileSync(keyPath), cert: readFileSync(certPath), vapidPublicKey });
const cpuAtStart = process.cpuUsage();
process.send?.({ origin: mock.origin });
process.on('message', (message) => {
  if (message !== 'stats') return;
  const ids = mock.received.map((r) => `${r.name}/${r.reminderId}`);
  const once = new Set();
  const duplicated = ids.filter((id) => once.has(id) || !once.add(id));
  const cpu = process.cpuUsage(cpuAtStart);
  process.send?.({
    received: ids.length,
    unique: once.size,
    duplicated,
    problems: mock.problems.slice(0, 5),
    problemCount: mock.problems.length,
    maxPlaintextBytes: Math.max(0, ...mock.received.map((r) => r.bytes)),
    cpuMs: (cpu.user + cpu.system) / 1000,
  });
});
process.on('disconnect', () => void mock.close().then(() => process.exit(0)));
