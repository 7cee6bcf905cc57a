// The built chunks' static imports (dist/assets), read from their code: which files a screen needs
// before it runs, and whether any two chunks import each other (a cycle can run a module before the
// modules it imports, which scripts/loadStages.ts exists to prevent).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']\.\/([^'"]+\.js)["']/g;

/** Each chunk's file name and the chunks it imports statically. */
export function chunkImports(distDir = 'dist') {
  const dir = join(distDir, 'assets');
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  return new Map(files.map((file) => [file, [...readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1])]));
}

/** Every cycle of static imports between chunks, each as the list of files around it. */
export function importCycles(graph = chunkImports()) {
  const state = new Map();
  const cycles = [];
  const visit = (file, path) => {
    state.set(file, 'open');
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') cycles.push([...path.slice(path.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep, [...path, dep]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
  return cycles;
}

/** The script files that the chunks whose names start with `prefixes` need, themselves included. */
export function scriptsNeeded(prefixes, graph = chunkImports()) {
  const needed = new Set();
  const walk = (file) => {
    if (needed.has(file)) return;
    needed.add(file);
    for (const dep of graph.get(file) ?? []) walk(dep);
  };
  for (const file of graph.keys()) if (prefixes.some((prefix) => file.startsWith(`${prefix}-`))) walk(file);
  return [...needed];
}

/** What a deep link to Today runs before Today's data is on screen: the entry, the map of screens, Today, and the start. */
export const TODAY_DEEP_LINK = ['index', 'screens', 'today', 'startup', 'todayRead'];
