// `npm run bench`: prints every budgeted figure. Timings are measured here, never asserted in tests
// (timed assertions are flaky on shared machines); sizes are also asserted in tests/e2e/budget.test.mjs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIRST_SCREEN_BUDGET_BYTES, firstScreen } from './firstScreenSize.mjs';
import { benchPlanComputation } from './bench/planComputation.mjs';
import { benchTodayWithHistory } from './bench/todayWithHistory.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { benchLinkLengths } from './bench/linkLengths.mjs';
import { benchIllustrationBytes } from './bench/illustrationBytes.mjs';
import { benchPushThroughput } from './bench/pushThroughput.mjs';

const rows = [];
function report(name, value, unit, budget, within) {
  rows.push({ name, value, unit, budget, within });
  console.log(`${within ? 'OK  ' : 'OVER'} ${name}: ${value} ${unit} (budget ${budget})`);
}

if (!existsSync('dist/index.html') || process.argv.includes('--build')) execSync('npx vite build', { stdio: 'inherit' });

const kb = (bytes) => (bytes / 1024).toFixed(2);
const { gzipTotal, gzip } = firstScreen();
report(`first screen, HTML + CSS + JavaScript (gzip; HTML with inline CSS ${kb(gzip.html)}, CSS files ${kb(gzip.css)}, JS ${kb(gzip.js)})`, kb(gzipTotal), 'KB', '≤ 14 KB', gzipTotal <= FIRST_SCREEN_BUDGET_BYTES);

const plan = await benchPlanComputation();
report('plan computation (median)', plan.medianMicros.toFixed(1), 'µs', '≤ 10 µs', plan.medianMicros <= 10);
report('plan computation, a day no earlier plan used (median)', plan.newDayMedianMicros.toFixed(1), 'µs', 'informational', true);

const today = await benchTodayWithHistory();
report(`open Today with ${today.entries} entries in IndexedDB (median of ${today.runs})`, today.medianMs.toFixed(1), 'ms', '≤ 20 ms', today.medianMs <= 20);

const links = await benchLinkLengths();
for (const { exercises, length } of links.lengths) report(`share link length, ${exercises} exercise${exercises === 1 ? '' : 's'}`, length, 'characters', `≤ ${links.maxLinkLength} (QR limit)`, length <= links.maxLinkLength);
report('share link encode + decode (median)', links.medianMicros.toFixed(0), 'µs', 'informational', true);
const twelve = links.lengths.find((figure) => figure.exercises === 12);
// 650 characters before issue 12 (tests/fixtures/care-plan-links-v1.json): library figures must not lengthen it.
report('share link length, 12 library exercises (650 before illustrations)', twelve.length, 'characters', '≤ 655', twelve.length <= 655);

const art = await benchIllustrationBytes();
report(`illustration, largest figure (${art.largest.id}: moving + 2 stills, gzip)`, art.largest.gzip, 'bytes', `≤ ${art.figureBudget}`, art.largest.gzip <= art.figureBudget);
report('illustrations, whole library (each figure gzipped alone, summed)', (art.summedGzip / 1024).toFixed(2), 'KB', `≤ ${art.libraryBudget / 1024} KB`, art.summedGzip <= art.libraryBudget);
report('illustrations, whole library (one gzip stream)', (art.oneStreamGzip / 1024).toFixed(2), 'KB', 'informational', true);
if (art.chunk) report(`figure code as built (${art.chunk.file}, gzip; loads only with exercise screens)`, (art.chunk.gzip / 1024).toFixed(2), 'KB', 'informational', true);

if (!process.argv.includes('--no-push')) {
  const push = await benchPushThroughput({ reminders: 100_000 });
  report(`push dispatcher, ${push.reminders} due reminders to the loopback mock`, Math.round(push.sendsPerSecond), 'sends/s', '≥ 1000', push.sendsPerSecond >= 1000);
  report('push dispatcher peak memory', Math.round(push.peakRssMb), 'MB RSS', 'informational', true);
}

if (!process.argv.includes('--no-lighthouse')) {
  const { scores, lcpMs } = await benchLighthouse();
  for (const [category, score] of Object.entries(scores)) report(`Lighthouse ${category}`, score, '/ 100', '100', score === 100);
  report('Lighthouse largest contentful paint (mobile, simulated)', (lcpMs / 1000).toFixed(2), 's', '≤ 1.0 s', lcpMs <= 1000);
}

const over = rows.filter((r) => !r.within);
console.log(over.length ? `\n${over.length} figure(s) over budget` : '\nall figures within budget');
process.exitCode = over.length ? 1 : 0;
