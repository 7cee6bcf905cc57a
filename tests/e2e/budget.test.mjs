import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIRST_SCREEN_JS_BUDGET_BYTES, firstScreenJs } from '../../scripts/firstScreenSize.mjs';

test('the first screen needs at most 20 KB of gzipped JavaScript', () => {
  const { files, gzipTotal } = firstScreenJs();
  assert.ok(files.length >= 1, 'the entry script was found in dist/index.html');
  assert.ok(gzipTotal <= FIRST_SCREEN_JS_BUDGET_BYTES, `first-screen JS is ${gzipTotal} B gzip (budget ${FIRST_SCREEN_JS_BUDGET_BYTES} B): ${JSON.stringify(files)}`);
});
