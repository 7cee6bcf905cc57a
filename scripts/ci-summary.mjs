// Prints the one plain line CI reads, "N passed, N failed", over unit and browser tests.
// A step that failed before any test ran (type check, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [dir, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const unit = `${dir}/unit.json`;
if (existsSync(unit)) {
  const report = JSON.parse(readFileSync(unit, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
const e2e = `${dir}/e2e.tap`;
if (existsSync(e2e)) {
  const tap = readFileSync(e2e, 'utf8');
  const count = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  skipped += count('skipped');
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
