import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appManifest } from './scripts/manifest.ts';
import { firstScreenHtml } from './scripts/firstScreenHtml.ts';
import { loadStages } from './scripts/loadStages.ts';

// Each stage of a start loads as one chunk (scripts/loadStages.ts), rather than as the dozens of
// 1–2 KB files the bundler cuts shared code into: the read main.tsx starts as the database opens;
// the storage code that fills the screen; what keeps the data current; the map of screens; Today,
// where reminders and links open the app. Later stages take only what earlier ones do not hold.
const stages = loadStages([
  { name: 'todayRead', root: 'src/storage/repos/todayRepo.ts' },
  { name: 'todayRead', root: 'src/state/data/todayWindow.ts' },
  { name: 'startup', root: 'src/app/afterFirstScreen.ts' },
  { name: 'keepCurrent', root: 'src/state/keepCurrent.ts' },
  // The map of screens (with the sheets every screen shares) before Today: Home loads it when idle,
  // and in Today's stage those sheets would make it import all of Today's code.
  { name: 'screens', root: 'src/app/screens.tsx' },
  { name: 'today', root: 'src/components/hydration/TodayScreen.tsx' },
]);

export default defineConfig({
  // Preact's automatic JSX runtime (the per-layer tsconfigs say the same for tsc).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Every browser that runs this app (ES2022) supports modulepreload; the polyfill would only cost bytes.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      polyfill: false,
      // Home's cards (and the storage notice) load once today's data is in, after the startup chunk
      // has brought most of what they share; listing every script each depends on in the entry cost
      // the first screen about 0.5 KB gzip. They fetch what is still missing when they load. Their
      // stylesheets stay listed: only this list loads a chunk's CSS, and without it a card could
      // draw unstyled until some other screen happened to bring the same sheet.
      resolveDependencies: (filename, deps, { hostType }) =>
        hostType === 'js' && /(HomeCard|StorageNotice)-/.test(filename) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The entry keeps everything it imports (signals, the active language and default settings
            // included: lazy chunks import those from it), then one chunk per stage of a start.
            ...stages.groups,
            // Each language other than English is one chunk with a name the bench and budget test can find.
            ...['es', 'fr', 'de', 'pt-BR'].map((locale) => ({ name: `lang-${locale}`, test: new RegExp(`src/domain/i18n/${locale}/`), includeDependenciesRecursively: false })),
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  plugins: [
    stages.plugin,
    firstScreenHtml(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Our own bridge (src/app/swBridge.ts) registers the worker and asks before reloading.
      registerType: 'prompt',
      injectRegister: false,
      manifest: appManifest,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,txt}'],
      },
      devOptions: { enabled: false },
    }),
  ],
});
