import { defineConfig } from 'vitest/config';

// .ci/run sets AFTERCARE_RESULTS to collect counts for its one-line summary.
const resultsDir = process.env.AFTERCARE_RESULTS;

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.{ts,mjs}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    // CI and developers share 2 cores with other work: a property run that takes 1 s alone can take
    // 6 s beside two CPU-bound processes. Correctness is asserted here; speed is measured by `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: resultsDir ? ['default', ['json', { outputFile: `${resultsDir}/unit.json` }]] : ['default'],
  },
});
