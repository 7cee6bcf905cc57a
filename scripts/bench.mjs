// `npm run bench`: prints every budgeted figure. Timings are measured here, never asserted in tests
// (timed assertions are flaky on shared machines); sizes are also asserted in tests/e2e/budget.test.mjs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIRST_SCREEN_JS_BUDGET_BYTES, firstScreenJs } from './firstScreenSize.mjs';
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

const { gzipTotal } = firstScreenJs();
report('first-screen JavaScript (entry + modulepreloads, gzip)', (gzipTotal / 1024).toFixed(2), 'KB', '≤ 20 KB', gzipTotal <= FIRST_SCREEN_JS_BUDGET_BYTES);

const plan = await benchPlanComputation();
report('plan computation (median)', plan.medianMicros.toFixed(1), 'µs', '< 50 µs', plan.medianMicros < 50);

const today = await benchTodayWithHistory();
report(`open Today with ${today.entries} entries in IndexedDB (median of ${today.runs})`, today.medianMs.toFixed(1), 'ms', '< 50 ms', today.medianMs < 50);

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
  const scores = await benchLighthouse();
  for (const [category, score] of Object.entries(scores)) report(`Lighthouse ${category}`, score, '/ 100', '100', score === 100);
}

const over = rows.filter((r) => !r.within);
console.log(over.length ? `\n${over.length} figure(s) over budget` : '\nall figures within budget');
process.exitCode = over.length ? 1 : 0;
