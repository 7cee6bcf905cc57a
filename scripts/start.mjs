// `npm start`: builds when the build is missing or older than the sources, then serves it together
// with the push reminder API and its dispatcher (SQLite in data/; AFTERCARE_PUSH=off leaves them out).
// With AFTERCARE_DATABASE_URL, processes share one Postgres: AFTERCARE_ROLE=web serves the app and
// the API, AFTERCARE_ROLE=dispatcher only sends reminders (no HTTP port), all (default) does both.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readServerConfig } from '../server/config.mjs';
import { createAppServer, listen } from '../server/index.mjs';
import { startPushService } from '../server/push/service.mjs';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'scripts/manifest.ts'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

let config;
try {
  config = readServerConfig();
} catch (error) {
  console.error(`Aftercare cannot start: ${error.message}`);
  process.exit(2);
}
const { port, host, role, databaseUrl, trustProxy } = config;
const serves = role !== 'dispatcher';

const built = 'dist/index.html';
const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.filter(existsSync).map(newestMtime));
if (serves && stale) {
  console.log('Building the app…');
  execSync('npx vite build', { stdio: 'inherit' });
}

let push = null;
try {
  push = config.push ? await startPushService({ role, databaseUrl, trustProxy }) : null;
} catch (error) {
  // Typically the database is unreachable or refuses us; the message says which, without a stack.
  console.error(`Aftercare cannot start the reminder server: ${error.message}`);
  process.exit(1);
}
const store = databaseUrl ? 'PostgreSQL' : 'SQLite';
let server = null;
if (serves) {
  const listening = await listen(createAppServer({ push: push?.api }), port, host);
  server = listening.server;
  console.log(`Aftercare is running at ${listening.url}${push ? ` (push reminders on, ${store}${role === 'web' ? ', dispatchers elsewhere' : ''})` : ''}`);
} else {
  console.log(`Aftercare reminder dispatcher is running (${store})`);
}

// Let the dispatcher record the batch in flight before exiting; a hard kill is safe too, only slower to recover.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server?.close();
    server?.closeAllConnections();
    void (push?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
}
