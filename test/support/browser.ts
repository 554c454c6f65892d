import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
// Screenshots go to the git-ignored test-artifacts/ at the repository's root.
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** CHROMIUM_PATH, else the first `chromium` on PATH (Debian's; a downloaded one is never used). */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  }
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'chromium'))
    .find((candidate) => existsSync(candidate));
}

/**
 * `describe` where Chromium is installed; elsewhere `describe.skip`, saying why once. Decided when
 * the file loads, so the suite reports the browser tests as skipped rather than failed.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (findChromium()) {
    describe(name, fn);
    return;
  }
  const where = process.env.CHROMIUM_PATH ?? 'no chromium on PATH';
  console.warn(
    `skipping "${name}": Chromium is missing (${where}); install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH`,
  );
  describe.skip(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Builds the pages (web/ → dist/web) when missing or stale, as `npm start` does. */
export async function buildPages(): Promise<void> {
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'web/build-if-stale.mjs')], {
    cwd: ROOT,
    timeout: 180_000,
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A/AA checks on the page as it stands. The script is evaluated through the
 * DevTools protocol, which the page's CSP (scripts from the app only) does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // runs in the page: the globals are the browser's
    const { axe, document } = globalThis as unknown as {
      axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> };
      document: unknown;
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[] }[];
  }[];
}
