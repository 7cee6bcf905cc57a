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
        const withHome = withCss.replace('<div id="app"></div>', `<div id="app">${await renderHome()}</div>`);
        return scriptsAfterFirstPaint(withHome);
      },
    },
  };
}

/**
 * The entry script and its modulepreloads start loading once the HTML has painted, not while it
 * parses. Home needs no script to be seen, and on a phone the paint then never waits on script
 * work: from a fast origin the entry would otherwise arrive and hydrate before the first frame.
 * scripts/firstScreenSize.mjs reads the list back from this loader to count the first screen.
 */
function scriptsAfterFirstPaint(html: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('index.html has no entry script to defer');
  const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  let bare = html.replace(entry[0], '');
  for (const preload of preloads) bare = bare.replace(preload[0], '');
  const files = JSON.stringify([...preloads.map((p) => p[1]), entry[1]]);
  // Hidden pages (opened in the background) get no frames: they load at once.
  const loader = `<script>!function(){function g(){${files}.forEach(function(f,i,a){var s=i==a.length-1,e=document.createElement(s?'script':'link');s?(e.type='module',e.src=f):(e.rel='modulepreload',e.href=f);document.head.appendChild(e)})}document.visibilityState=='hidden'?g():requestAnimationFrame(function(){setTimeout(g)})}()</script>`;
  return bare.replace('</body>', `  ${loader}\n  </body>`);
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
