/**
 * Groups the lazily loaded code into one chunk per stage of a start (the early read, storage, what
 * keeps the data current, Today), each holding everything its root reaches by static imports that
 * the entry and the earlier stages do not already hold.
 *
 * Why: left to itself the bundler cuts shared code into one chunk per combination of screens that
 * use it, and a deep link to Today fetched about 50 files of 1–2 KB. Each file is one more request,
 * and on a phone's connection the requests queue (Lighthouse put Today's LCP at 2.5 s). Why closures
 * and not patterns: a stage that holds its root's whole static closure never imports a later stage,
 * so the chunks form no cycle and every module still runs after the modules it imports (a pattern
 * that merged the domain modules broke that order once: "Cannot read properties of undefined").
 */
import type { Plugin } from 'vite';

/** A stage: its chunk's name and a module (path relative to the project) whose closure it holds; several roots may share a name. */
export interface LoadStage {
  name: string;
  root: string;
}

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { code: string | null; exports: readonly string[] } | null;
}

/**
 * The plugin that works out, once the module graph is known, which stage each module belongs to,
 * and the codeSplitting groups that put each stage in its chunk. Earlier stages win.
 */
export function loadStages(stages: readonly LoadStage[]) {
  const stageOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'aftercare:load-stages',
    async buildEnd() {
      const graph = this as unknown as ModuleGraph;
      const ids = [...graph.getModuleIds()];
      const used = await usedImports(ids, graph, (spec, importer) => this.resolve(spec, importer).then((r) => r?.id));
      stageOf.clear();
      for (const stage of stages) {
        const root = ids.find((id) => id.endsWith(`/${stage.root}`));
        if (!root) this.error(`load stage root not found: ${stage.root}`);
        for (const id of closure(root, used)) if (!stageOf.has(id)) stageOf.set(id, stage.name);
      }
    },
  };
  // The entry's modules ('$initial') stay in the entry: that group outranks the stages.
  const groups = [
    { name: 'entry', tags: ['$initial' as const], priority: 1 },
    ...[...new Set(stages.map((stage) => stage.name))].map((name) => ({ name, test: (id: string) => stageOf.get(id) === name, includeDependenciesRecursively: false })),
  ];
  return { plugin, groups };
}

/** Every name a module needs from another; '*' for all of them. */
type Needs = Map<string, Set<string>>;

const IMPORT = /\bimport\s*(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+[\w$]+)?\s*(?:from\s*)?["']([^"']+)["']/g;
const REEXPORT = /\bexport\s*(?:\{([^}]*)\}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*["']([^"']+)["']/g;

/**
 * For each module, what it takes from each module it imports, read from its code. A barrel (a module
 * of re-exports only, like each concern's index.ts) passes on only the names asked of it, so a screen
 * that takes one function through `domain/settings` does not pull the whole concern into its stage.
 */
async function usedImports(ids: string[], graph: ModuleGraph, resolve: (spec: string, importer: string) => Promise<string | undefined>) {
  const imports = new Map<string, Needs>();
  const reexports = new Map<string, Array<{ from: string; names: Map<string, string> | '*' }>>();
  const names = (list: string | undefined) => new Map((list ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/)).filter(([name]) => name && !name.startsWith('type ')).map(([name, alias]) => [alias ?? name!, name!]));
  for (const id of ids) {
    const code = graph.getModuleInfo(id)?.code;
    if (!code || id.startsWith('\0')) continue;
    const needs: Needs = new Map();
    for (const [, defaultName, list, spec] of code.matchAll(IMPORT)) {
      const target = await resolve(spec!, id);
      if (!target) continue;
      const wanted = needs.get(target) ?? new Set<string>();
      if (list === undefined && !defaultName) wanted.add('*');
      if (defaultName) wanted.add('default');
      for (const name of names(list).values()) wanted.add(name);
      needs.set(target, wanted);
    }
    const passOn = [];
    for (const [, list, spec] of code.matchAll(REEXPORT)) {
      const target = await resolve(spec!, id);
      if (target) passOn.push({ from: target, names: list === undefined ? ('*' as const) : names(list) });
    }
    imports.set(id, needs);
    if (passOn.length) reexports.set(id, passOn);
  }
  return { imports, reexports, isBarrel: (id: string) => reexports.has(id) && !(imports.get(id)?.size), exportsOf: (id: string) => graph.getModuleInfo(id)?.exports ?? [] };
}

/** The modules `root` reaches through what it and each module it reaches actually import. */
function closure(root: string, used: Awaited<ReturnType<typeof usedImports>>): Set<string> {
  const reached = new Set<string>();
  const visit = (id: string, wanted: Set<string>) => {
    if (used.isBarrel(id) && !wanted.has('*')) {
      for (const { from, names } of used.reexports.get(id) ?? []) {
        const passed = names === '*' ? [...wanted].filter((name) => used.exportsOf(from).includes(name)) : [...names].filter(([alias]) => wanted.has(alias)).map(([, name]) => name);
        if (passed.length) visit(from, new Set(passed));
      }
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    for (const [target, names] of used.imports.get(id) ?? []) visit(target, names);
    for (const { from } of used.reexports.get(id) ?? []) visit(from, new Set(['*']));
  };
  visit(root, new Set(['*']));
  return reached;
}
