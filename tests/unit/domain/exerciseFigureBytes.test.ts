// @vitest-environment node
/** The illustrations' byte budgets: each figure (moving + both stills) and the whole library, gzipped. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  FIGURE_BUDGET_GZIP_BYTES, LIBRARY_BUDGET_GZIP_BYTES, figureBytes, figureMarkup, libraryBytes,
} from '../../../src/domain/exercises/figureBytes';
import { FIGURES } from '../../../src/domain/exercises/figures';

describe('illustration bytes', () => {
  it.each(figureBytes().map((figure) => [figure.id, figure] as const))('%s stays within 2 KB gzip', (_, figure) => {
    expect(figure.gzip).toBeLessThanOrEqual(FIGURE_BUDGET_GZIP_BYTES);
    // Measured with Node's own gzip as well, so the figure doesn't lean on the code under test.
    expect(gzipSync(figureMarkup(figure.id), { level: 9 }).length).toBeLessThanOrEqual(FIGURE_BUDGET_GZIP_BYTES);
  });

  it('keeps the whole library within 40 KB gzip, even with every figure compressed on its own', () => {
    const { summedGzip, oneStreamGzip, largest } = libraryBytes();
    expect(summedGzip).toBeLessThanOrEqual(LIBRARY_BUDGET_GZIP_BYTES);
    expect(oneStreamGzip).toBeLessThanOrEqual(summedGzip);
    expect(largest.gzip).toBe(Math.max(...figureBytes().map((figure) => figure.gzip)));
    expect(figureBytes()).toHaveLength(Object.keys(FIGURES).length);
  });
});
