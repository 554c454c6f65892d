import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;

/**
 * Three pages, one bundle graph: Vite splits what they share (Preact, the shell, the GraphQL
 * client) into common chunks and gives ECharts to the comparison page alone. The output goes to
 * dist/web, which the server serves (src/http/pages.ts); `npm run dev:web` proxies the API.
 */
/** In development, the pages' own routes (/history, /compare) as the server names them. */
const pageRoutes: Plugin = {
  name: 'page-routes',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const [path, query] = (req.url ?? '').split('?');
      if (path === '/history' || path === '/compare') {
        req.url = `${path}.html${query ? `?${query}` : ''}`;
      }
      next();
    });
  },
};

export default defineConfig({
  root: here,
  appType: 'mpa',
  plugins: [pageRoutes],
  base: '/',
  publicDir: false,
  // Preact's JSX without Babel: esbuild compiles it, as it does the TypeScript.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: resolve(here, '../dist/web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    // the comparison page carries ECharts: its chunk is about 560 kB, the page about 210 kB
    // gzipped (check-size.mjs)
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        history: resolve(here, 'history.html'),
        compare: resolve(here, 'compare.html'),
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/imports', '/templates', '/export', '/web/session'].map((path) => [
        path,
        'http://127.0.0.1:4000',
      ]),
    ),
  },
});
