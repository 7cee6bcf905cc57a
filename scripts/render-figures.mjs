// Contact sheets of every exercise figure, to look at them as pictures: start, mid-way and end, in
// light and dark mode. Writes .figures/sheet-<n>-<scheme>.png (and the HTML beside them).
//   node scripts/render-figures.mjs [--only=id,id] [--per-sheet=12] [--large]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_PATH } from '../tests/e2e/chromium.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = arg('only')?.split(',');
const perSheet = Number(arg('per-sheet') ?? 12);
const columns = process.argv.includes('--large') ? 1 : 2;
const outDir = resolve('.figures');
mkdirSync(outDir, { recursive: true });

const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
let figures, draw, markup, library, words;
try {
  ({ FIGURES: figures } = await vite.ssrLoadModule('/src/domain/exercises/figures/index.ts'));
  draw = await vite.ssrLoadModule('/src/domain/exercises/drawFigure.ts');
  ({ svgMarkup: markup } = await vite.ssrLoadModule('/src/domain/exercises/svgNode.ts'));
  ({ EXERCISE_LIBRARY: library } = await vite.ssrLoadModule('/src/domain/exercises/exerciseLibrary.ts'));
  ({ figures: { byId: words } } = await vite.ssrLoadModule('/src/domain/i18n/en/figures.ts'));
} finally {
  await vite.close();
}

const nameOf = (id) => library.find((e) => e.id === id)?.name ?? id;
const ids = Object.keys(figures).filter((id) => !only || only.includes(id));
const css = ['src/app/theme.css', 'src/components/exercises/ExerciseFigure.css'].map((f) => `<link rel="stylesheet" href="${pathToFileURL(resolve(f))}">`).join('');

function cell(id) {
  const spec = figures[id];
  const [start, end, moving] = [draw.drawStillFigure(spec, 'start'), draw.drawStillFigure(spec, 'end'), draw.drawAnimatedFigure(spec)];
  return `<section><h2>${nameOf(id)} <small>${id}</small></h2><div class="row">
    <figure>${markup(start)}<figcaption>start</figcaption></figure>
    <figure class="mid">${markup(moving)}<figcaption>moving</figcaption></figure>
    <figure>${markup(end)}<figcaption>end</figcaption></figure></div>
    <p>${words[id].alt} <em>Highlighted: ${words[id].area}.</em></p></section>`;
}

const page = (cells) => `<!doctype html><meta charset="utf-8">${css}<style>
  body { margin: 12px; font: 12px system-ui; display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 10px; width: 1180px; }
  section { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 6px; color: var(--text); }
  h2 { font-size: 13px; margin: 0 0 4px; } small { color: var(--muted); font-weight: 400; }
  .row { display: flex; gap: 6px; } figure { margin: 0; flex: 1; } figcaption { color: var(--muted); text-align: center; }
  svg { width: 100%; height: auto; border: 1px dashed var(--border); } p { margin: 4px 0 0; }
</style><body class="exercise-figure">${cells.join('')}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (let sheet = 0; sheet * perSheet < ids.length; sheet++) {
    const file = resolve(outDir, `sheet-${sheet + 1}.html`);
    writeFileSync(file, page(ids.slice(sheet * perSheet, (sheet + 1) * perSheet).map(cell)));
    for (const colorScheme of ['light', 'dark']) {
      const tab = await browser.newPage({ viewport: { width: 1204, height: 600 } });
      await tab.emulateMedia({ colorScheme });
      await tab.goto(pathToFileURL(file).href);
      // The middle picture is the animation frozen a quarter of the way through its loop (mid-move).
      await tab.evaluate(() => document.querySelectorAll('.mid svg').forEach((svg) => { svg.pauseAnimations(); svg.setCurrentTime(1.5); }));
      const png = resolve(outDir, `sheet-${sheet + 1}-${colorScheme}.png`);
      await tab.screenshot({ path: png, fullPage: true });
      await tab.close();
      console.log(png);
    }
  }
} finally {
  await browser.close();
}
