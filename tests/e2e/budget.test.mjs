import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIRST_SCREEN_BUDGET_BYTES, firstScreen } from '../../scripts/firstScreenSize.mjs';

test('the first screen needs at most 20 KB of gzipped JavaScript', () => {
  const { files, gzip } = firstScreen();
  assert.ok(files.some((f) => f.kind === 'js'), 'the entry script was found in dist/index.html');
  assert.ok(gzip.js <= 20 * 1024, `first-screen JS is ${gzip.js} B gzip: ${JSON.stringify(files)}`);
});

test('HTML, CSS and JavaScript for the first screen fit in 14 KB gzip together', () => {
  const { files, gzipTotal, gzip } = firstScreen();
  assert.ok(files.some((f) => f.kind === 'html'), 'index.html is counted');
  assert.ok(gzipTotal <= FIRST_SCREEN_BUDGET_BYTES, `first screen is ${gzipTotal} B gzip (budget ${FIRST_SCREEN_BUDGET_BYTES} B; ${JSON.stringify(gzip)}): ${JSON.stringify(files)}`);
});
