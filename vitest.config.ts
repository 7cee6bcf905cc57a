import { defineConfig } from 'vitest/config';

// .ci/run sets AFTERCARE_RESULTS to collect counts for its one-line summary.
const resultsDir = process.env.AFTERCARE_RESULTS;

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/server/**/*.test.{ts,mjs}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: resultsDir ? ['default', ['json', { outputFile: `${resultsDir}/unit.json` }]] : ['default'],
  },
});
