// The compressed JavaScript each page loads, from Vite's manifest: the page's entry chunk and every
// chunk it imports statically, gzipped at level 9 (what a server or proxy sends). The issue's
// budget is 400 KB per page; `--json` prints the figures for the test (test/web/bundle-size.test.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 400 * 1024;
const out = resolve(import.meta.dirname, '../dist/web');
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));

function chunksOf(key, seen = new Set()) {
  if (seen.has(key)) {
    return seen;
  }
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) {
    chunksOf(imported, seen);
  }
  return seen;
}

const pages = Object.entries(manifest)
  .filter(([, chunk]) => chunk.isEntry)
  .map(([key]) => {
    const files = [...chunksOf(key)].map((k) => manifest[k].file);
    const bytes = files.reduce((sum, file) => sum + readFileSync(join(out, file)).length, 0);
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(out, file)), { level: 9 }).length,
      0,
    );
    return { page: key, files, bytes, gzipped };
  });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budget: BUDGET_BYTES, pages }));
} else {
  for (const { page, bytes, gzipped } of pages) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${page.padEnd(16)} ${kb(bytes).padStart(10)} ${kb(gzipped).padStart(10)} gzip`);
  }
}
const over = pages.filter((p) => p.gzipped > BUDGET_BYTES);
if (over.length > 0) {
  console.error(
    `over the budget of ${BUDGET_BYTES / 1024} KB compressed: ${over.map((p) => p.page)}`,
  );
  process.exit(1);
}
