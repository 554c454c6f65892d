import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { buildPages } from '../support/browser';

// Each page's compressed JavaScript stays under 400 KB (the budget): bureau networks are
// slow, and ECharts whole would take the comparison page near it alone.

interface PageSize {
  page: string;
  files: string[];
  gzipped: number;
}

it('keeps the compressed JavaScript of every page under 400 KB', async () => {
  await buildPages();
  const script = path.resolve(__dirname, '../../web/check-size.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, '--json']);
  const { budget, pages } = JSON.parse(stdout) as { budget: number; pages: PageSize[] };
  expect(budget).toBe(400 * 1024);
  expect(pages.map((p) => p.page).sort()).toEqual(['compare.html', 'history.html', 'index.html']);
  for (const { page, gzipped } of pages) {
    expect([page, gzipped < budget]).toEqual([page, true]);
  }
  // ECharts goes to the comparison page only
  const compare = pages.find((p) => p.page === 'compare.html')!;
  const upload = pages.find((p) => p.page === 'index.html')!;
  expect(upload.gzipped).toBeLessThan(compare.gzipped / 4);
}, 180_000);
