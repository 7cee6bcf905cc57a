// `npm start`: builds when the build is missing or older than the sources, then serves it.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServer, listen } from '../server/index.mjs';

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
const { url } = await listen(createAppServer(), port, host);
console.log(`Aftercare is running at ${url}`);
