// Builds the pages (web/ → dist/web) when the build is missing or older than a source file:
// `npm start` runs this first (decisions §16), and so do the browser tests. Several callers at
// once (test files in parallel) take turns through a lock directory, so one builds and the others
// find the build fresh.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const here = import.meta.dirname;
const root = resolve(here, '..');
const out = join(root, 'dist/web');
const stamp = join(out, '.vite/manifest.json');
const lock = join(root, 'dist/.web-build.lock');
const SOURCES = [
  here,
  join(root, 'src/modules/common/messages/page-texts.ts'),
  join(root, 'src/modules/common/messages/page-field-texts.ts'),
  join(root, 'src/modules/common/messages/text-types.ts'),
  join(root, 'src/modules/common/messages/lang.ts'),
  join(root, 'package-lock.json'),
];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    return 0;
  }
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path)
    .filter((name) => name !== 'node_modules')
    .reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

function isFresh() {
  const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > 0 && SOURCES.every((source) => newest(source) <= built);
}

async function takeLock() {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // a lock left by a build that died more than two minutes ago is taken over
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) {
        rmSync(lock, { recursive: true, force: true });
      }
      await sleep(500);
    }
  }
}

if (!isFresh()) {
  await takeLock();
  try {
    if (!isFresh()) {
      let vite;
      try {
        vite = await import('vite');
      } catch {
        console.error(
          'the pages are not built and Vite is missing: run npm install, then npm run build',
        );
        process.exit(1);
      }
      console.error('building the pages (web/ → dist/web)…');
      await vite.build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
