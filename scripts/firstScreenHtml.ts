/**
 * The first screen in one response: at build time, index.html gets Home's markup (rendered from the
 * real components, so it can't drift) and the global stylesheet inline. The browser paints Home from
 * the HTML alone, before any script arrives; main.tsx then hydrates that markup. Inline code is
 * allowed by its SHA-256 in the Content-Security-Policy (server/securityHeaders.mjs).
 */
import { createServer, type Plugin } from 'vite';

export function firstScreenHtml(): Plugin {
  let inlineCss = '';
  return {
    name: 'aftercare:first-screen-html',
    apply: 'build',
    enforce: 'pre',
    // Before Vite links stylesheets into index.html and lists them among lazy chunks' dependencies:
    // the entry's stylesheet leaves the bundle and goes inline, so nothing loads it a second time.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.viteMetadata) continue;
          for (const file of chunk.viteMetadata.importedCss) {
            const asset = bundle[file];
            if (asset?.type === 'asset') inlineCss += String(asset.source).trim();
            delete bundle[file];
          }
          chunk.viteMetadata.importedCss.clear();
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // Comments in index.html are for its readers here, not bytes for every first visit.
        const bare = html.replace(/\s*<!--[\s\S]*?-->/g, '');
        const withCss = inlineCss ? bare.replace('</head>', `<style>${inlineCss}</style>\n  </head>`) : bare;
        return withCss.replace('<div id="app"></div>', `<div id="app">${await renderHome()}</div>`);
      },
    },
  };
}

/** Home as the app first renders it (nothing read from storage yet), through Vite's SSR loader. */
async function renderHome(): Promise<string> {
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const [{ renderToString }, { h }, { App }] = await Promise.all([
      vite.ssrLoadModule('preact-render-to-string'),
      vite.ssrLoadModule('preact'),
      vite.ssrLoadModule('/src/app/App.tsx'),
    ]);
    return renderToString(h(App, null));
  } finally {
    await vite.close();
  }
}
