// `npm start`: builds when the build is missing or older than the sources, then serves it together
// with the push reminder API and its dispatcher (SQLite in data/; AFTERCARE_PUSH=off leaves them out).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServer, listen } from '../server/index.mjs';
import { startPushService } from '../server/push/service.mjs';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'scripts/manifest.ts'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = 'dist/index.html';
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.filter(existsSync).map(newestMtime));
if (stale) {
  console.log('Building the app…');
  execSync('npx vite build', { stdio: 'inherit' });
}

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const push = process.env.AFTERCARE_PUSH === 'off' ? null : await startPushService();
const { server, url } = await listen(createAppServer({ push: push?.api }), port, host);
console.log(`Aftercare is running at ${url}${push ? ' (push reminders on)' : ''}`);

// Let the dispatcher record the batch in flight before exiting; a hard kill is safe too, only slower to recover.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void (push?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
}
