// The size of each language's catalogue as it travels: one lazy chunk per language (vite.config.ts
// names them lang-<locale>), gzipped. English has no chunk of its own: each namespace's English is
// built into the screen that uses it, so its figure is the sum of those sources, gzipped as one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** [{ locale, file, bytes, gzip }] for es, fr, de, pt-BR, and the English sources for comparison. */
export function catalogueSizes(distDir = 'dist') {
  const assets = readdirSync(join(distDir, 'assets'));
  const sizes = ['es', 'fr', 'de', 'pt-BR'].map((locale) => {
    const file = assets.find((name) => name.startsWith(`lang-${locale}-`) && name.endsWith('.js'));
    if (!file) throw new Error(`No built catalogue for ${locale} (expected dist/assets/lang-${locale}-*.js)`);
    const bytes = readFileSync(join(distDir, 'assets', file));
    return { locale, file, bytes: bytes.length, gzip: gzip(bytes) };
  });
  const englishDir = 'src/domain/i18n/en';
  const english = Buffer.concat(readdirSync(englishDir).map((name) => readFileSync(join(englishDir, name))));
  return { sizes, englishSource: { bytes: english.length, gzip: gzip(english) } };
}
