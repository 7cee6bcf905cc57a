import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { CATALOGUE_BUDGET_BYTES, FIRST_SCREEN_BUDGET_BYTES, firstScreen } from '../../scripts/firstScreenSize.mjs';
import { catalogueSizes } from '../../scripts/bench/catalogueSizes.mjs';
import { TODAY_DEEP_LINK, chunkImports, importCycles, scriptsNeeded } from '../../scripts/chunkGraph.mjs';

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

test('each language other than English is one lazy chunk within its budget, precached for offline use', () => {
  const { sizes } = catalogueSizes();
  const worker = readFileSync('dist/sw.js', 'utf8');
  for (const { locale, file, gzip } of sizes) {
    assert.ok(gzip <= CATALOGUE_BUDGET_BYTES, `${locale} catalogue is ${gzip} B gzip (budget ${CATALOGUE_BUDGET_BYTES} B)`);
    assert.ok(worker.includes(`assets/${file}`), `${file} is in the service worker's precache list`);
  }
  const { files } = firstScreen();
  assert.ok(!files.some((f) => /lang-/.test(f.src)), 'no catalogue is part of the first screen');
});

test('no two chunks import each other, so every module runs after the modules it imports', () => {
  const cycles = importCycles();
  assert.deepEqual(cycles.map((cycle) => cycle.join(' → ')), []);
});

test('a deep link to Today runs at most 8 script files before its data is on screen', () => {
  const graph = chunkImports();
  for (const prefix of TODAY_DEEP_LINK) assert.ok([...graph.keys()].some((file) => file.startsWith(`${prefix}-`)), `a chunk named ${prefix} was built`);
  const scripts = scriptsNeeded(TODAY_DEEP_LINK, graph);
  assert.ok(scripts.length <= 8, `${scripts.length} scripts: ${scripts.join(', ')}`);
});

test("a deep link to Today fetches Today's stages with the entry; Home's list stays its own", () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const list = (name) => JSON.parse(new RegExp(`[ ,]${name}=(\\[[^\\]]*\\])`).exec(html)?.[1] ?? 'null');
  const home = list('f');
  const today = list('t');
  assert.ok(home && today, 'the loader in index.html lists both');
  assert.match(html, /location\.pathname=='\/today'\?t\.concat\(f\):f/, 'only /today adds its list');
  for (const prefix of TODAY_DEEP_LINK.filter((name) => name !== 'index')) {
    assert.ok(today.some((file) => file.startsWith(`/assets/${prefix}-`)), `/today fetches ${prefix} with the entry`);
    assert.ok(!home.some((file) => file.startsWith(`/assets/${prefix}-`)), `Home does not fetch ${prefix} before its first paint`);
  }
});
