/**
 * The first screen in one response: at build time, index.html gets Home's markup (rendered from the
 * real components, so it can't drift) and the global stylesheet inline. The browser paints Home from
 * the HTML alone, before any script arrives; main.tsx then hydrates that markup. Inline code is
 * allowed by its SHA-256 in the Content-Security-Policy (server/securityHeaders.mjs).
 */
import { createServer, type Plugin } from 'vite';
import { TODAY_DEEP_LINK, scriptsNeeded } from './chunkGraph.mjs';

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
      async handler(html, context) {
        // Comments in index.html are for its readers here, not bytes for every first visit.
        const bare = html.replace(/\s*<!--[\s\S]*?-->/g, '');
        const withCss = inlineCss ? bare.replace('</head>', `<style>${inlineCss}</style>\n  </head>`) : bare;
        const withHome = withCss.replace('<div id="app"></div>', `<div id="app">${await renderHome()}</div>`);
        return scriptsAfterFirstPaint(withHome, todayScripts(context.bundle ?? {}));
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
function scriptsAfterFirstPaint(html: string, today: string[]): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('index.html has no entry script to defer');
  const preloads = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  let bare = html.replace(entry[0], '');
  for (const preload of preloads) bare = bare.replace(preload[0], '');
  const first = [...preloads.map((p) => p[1]), entry[1]];
  const files = JSON.stringify(first);
  // A deep link to Today (where every reminder opens the app) fetches Today's stages with the entry
  // instead of one round trip after it, when the entry asks for them.
  const todayFiles = JSON.stringify(today.filter((file) => !first.includes(file)));
  // Hidden pages (opened in the background) get no frames: they load at once.
  const loader = `<script>!function(){var f=${files},t=${todayFiles};function g(){(location.pathname=='/today'?t.concat(f):f).forEach(function(f,i,a){var s=i==a.length-1,e=document.createElement(s?'script':'link');s?(e.type='module',e.src=f):(e.rel='modulepreload',e.href=f);document.head.appendChild(e)})}document.visibilityState=='hidden'?g():requestAnimationFrame(function(){setTimeout(g)})}()</script>`;
  return bare.replace('</body>', `  ${loader}\n  </body>`);
}

/** The scripts a deep link to Today runs before its data shows (scripts/chunkGraph.mjs names them). */
function todayScripts(bundle: Record<string, { type: string; fileName: string; imports?: string[] }>): string[] {
  const file = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const graph = new Map(chunks.map((chunk) => [file(chunk.fileName), (chunk.imports ?? []).map(file)]));
  return scriptsNeeded(TODAY_DEEP_LINK, graph).map((name) => `/assets/${name}`);
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
