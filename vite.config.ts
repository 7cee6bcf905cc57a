import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appManifest } from './scripts/manifest.ts';
import { firstScreenHtml } from './scripts/firstScreenHtml.ts';

export default defineConfig({
  // Preact's automatic JSX runtime (the per-layer tsconfigs say the same for tsc).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Every browser that runs this app (ES2022) supports modulepreload; the polyfill would only cost bytes.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
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
