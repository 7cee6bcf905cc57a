// Illustration bytes: the largest figure and the whole library (each figure's markup as rendered,
// moving + both stills, gzip), and what the built figure code weighs if a build is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

/** The built chunk that holds the figure data (found by a figure id only it contains), gzipped. */
function builtFigureChunk(distDir = 'dist') {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return undefined;
  const file = readdirSync(assets).filter((name) => name.endsWith('.js')).find((name) => readFileSync(join(assets, name), 'utf8').includes('foam-roller-upper-back'));
  return file && { file, gzip: gzipSync(readFileSync(join(assets, file)), { level: 9 }).length };
}

export async function benchIllustrationBytes() {
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const bytes = await vite.ssrLoadModule('/src/domain/exercises/figureBytes.ts');
    return { ...bytes.libraryBytes(), figureBudget: bytes.FIGURE_BUDGET_GZIP_BYTES, libraryBudget: bytes.LIBRARY_BUDGET_GZIP_BYTES, chunk: builtFigureChunk() };
  } finally {
    await vite.close();
  }
}
