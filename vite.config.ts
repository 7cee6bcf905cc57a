import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appManifest } from './scripts/manifest.ts';
import { firstScreenHtml } from './scripts/firstScreenHtml.ts';

const STARTUP_MODULES = new RegExp(
  [
    'src/app/(afterFirstScreen|swBridge)',
    'src/state/startApp',
    'src/state/language/languageSwitch',
    'src/domain/i18n/load',
    'src/state/data/(storeState|sync)',
    'src/state/hydration/(hydrationState|unsavedDrinks)',
    // Not repos/todayRepo: main.tsx runs it (through storage/earlyOpen) the moment the database opens.
    // Nor the repos loaded on demand (a backup, the v4 filing, a glass from a notification, the push
    // owner): in this chunk they would bring the day model and the record upgrades in before Today.
    'src/storage/(idbStore|db|memoryStore|repos/(?!todayRepo|backupRepo|dayFiling|glassAction|pushOwnerRepo))',
    'src/domain/reminders/snooze',
    'node_modules/idb/',
  ].join('|'),
);

/** What state/keepCurrent.ts brings once today's data is in memory: reminder rules and listeners. */
const KEEP_CURRENT_MODULES = new RegExp(
  [
    'src/state/keepCurrent',
    'src/state/reminders/(reminderRuntime|notificationPermission|pushState)',
    'src/domain/reminders/(notificationDecision|appReminders)',
    'src/domain/hydration/(progress|quickDrink|nextReminder|beverages)',
  ].join('|'),
);

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
          // What app/afterFirstScreen.ts needs before today's data shows, in one chunk rather than
          // seven: each chunk is one more trip through the service worker. None of it is in the entry.
          groups: [
            { name: 'startup', test: STARTUP_MODULES, includeDependenciesRecursively: false },
            // The read main.tsx starts as the database opens, and its window: one small chunk beside the open.
            { name: 'todayRead', test: /src\/storage\/repos\/todayRepo|src\/state\/data\/todayWindow/, includeDependenciesRecursively: false },
            // What keeps the data current (reminders, listeners) loads after it, as a second chunk.
            { name: 'keepCurrent', test: KEEP_CURRENT_MODULES, includeDependenciesRecursively: false },
            // Small modules the entry shares with lazy chunks (signals, the active language, default
            // settings) travel as one first-screen file instead of three.
            { name: 'core', test: /node_modules\/@preact\/signals-core|src\/domain\/i18n\/active|src\/domain\/settings\/settings\.ts/ },
            // Each language other than English is one chunk with a name the bench and budget test can find.
            ...['es', 'fr', 'de', 'pt-BR'].map((locale) => ({ name: `lang-${locale}`, test: new RegExp(`src/domain/i18n/${locale}/`), includeDependenciesRecursively: false })),
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  plugins: [
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
