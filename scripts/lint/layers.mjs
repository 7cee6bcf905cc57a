/**
 * The layers and which way their imports may point (ESLint enforces it; tests/unit/lint proves it):
 * app → components → state → storage → domain, and sw → storage → domain. Everything may use the
 * shared contract. Outside domain/, a concern is imported through its index (`domain/hydration`),
 * never by file; a lazy boundary may `import()` a file, which this rule does not see on purpose.
 */
const LAYERS = ['app', 'components', 'state', 'storage', 'domain', 'sw'];

/** Which layers each layer may not import. */
const FORBIDDEN = {
  domain: ['app', 'components', 'state', 'storage', 'sw'],
  storage: ['app', 'components', 'state', 'sw'],
  state: ['app', 'components', 'sw'],
  components: ['app', 'storage', 'sw'],
  sw: ['app', 'components', 'state'],
  app: ['sw'],
};

const segment = (names) => `(^|/)(${names.join('|')})(/|$)`;

/** `no-restricted-imports` patterns for files of `layer`. */
export function layerPatterns(layer) {
  const patterns = [{ regex: segment(FORBIDDEN[layer]), message: `${layer}/ may not import from ${FORBIDDEN[layer].join(', ')}/ (layers point app → components → state → storage → domain).` }];
  if (layer !== 'domain') patterns.push({ regex: '(^|/)domain/[^/]+/', message: 'Import a domain concern through its index (domain/<concern>), not one of its files.' });
  if (layer === 'domain') patterns.push({ regex: '^(preact|@preact/|idb$)', message: 'domain/ is pure TypeScript: no UI framework, no IndexedDB.' });
  if (layer === 'components') patterns.push({ regex: '(^|/)[A-Z][A-Za-z]*Screen$', caseSensitive: true, message: 'A screen is reached through the route table in app/, not imported by another component.' });
  return patterns;
}

/** Flat-config blocks, one per layer. */
export function layerRules() {
  const files = { sw: ['src/sw.ts', 'src/sw/**/*.ts'] };
  return LAYERS.map((layer) => ({
    files: files[layer] ?? [`src/${layer}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer) }] },
  }));
}
