// Runs the browser tests (node's test runner) against the built app in Debian's Chromium.
// Without Chromium: a loud skip on a developer machine, a failure under CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromiumAvailable, CHROMIUM_PATH } from './chromium.mjs';

if (!chromiumAvailable()) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests NOT RUN. Install it with: sudo apt-get install -y chromium`;
  if (process.env.CI) {
    console.error(`ERROR: ${message}`);
    process.exit(1);
  }
  console.warn(`\n${'!'.repeat(100)}\nSKIPPED: ${message}\n${'!'.repeat(100)}\n`);
  process.exit(0);
}
if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first (npm test does).');
  process.exit(1);
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('tests/e2e').filter((f) => f.endsWith('.test.mjs')).map((f) => `tests/e2e/${f}`);
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout'];
if (process.env.AFTERCARE_RESULTS) {
  reporters.push('--test-reporter=tap', `--test-reporter-destination=${process.env.AFTERCARE_RESULTS}/e2e.tap`);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...reporters, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
