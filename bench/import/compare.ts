import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * bench/import/compare: the full import of this checkout against an earlier commit's, on the same
 * file. `BASE=<commit> npm run bench:import:compare` extracts that commit with `git archive` into
 * bench/.out/base-<commit> (git-ignored; no worktree), compiles both, then runs parse-only, the
 * base import and this import RUNS times (default 5), the two imports' order alternating, and
 * prints each run and the medians. SIZE picks the ledger (default 100000). On a shared machine
 * only figures taken side by side like this compare; the load average is printed with each run.
 */
const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'bench/.out');
const BASE = process.env.BASE ?? 'HEAD';
const SIZE = Number(process.env.SIZE ?? 100000);
const RUNS = Number(process.env.RUNS ?? 5);
const NODE_FLAGS = ['--max-old-space-size=4096', '-r', 'reflect-metadata'];

interface Figures {
  rows: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  status?: string;
}

function compile(root: string): string {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'bench/tsconfig.json')], {
    stdio: 'inherit',
  });
  return path.join(root, 'bench/.out/dist/bench/import');
}

/** The base commit's sources beside this checkout, sharing its installed packages. */
function baseCheckout(): string {
  const commit = execFileSync('git', ['rev-parse', '--short', BASE], { cwd: ROOT }).toString();
  const dir = path.join(OUT, `base-${commit.trim()}`);
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', commit.trim()], {
      cwd: ROOT,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  }
  return dir;
}

function run(dist: string, script: string, ...args: string[]): Figures {
  const output = execFileSync(process.execPath, [...NODE_FLAGS, path.join(dist, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const figures = JSON.parse(output.trim().split('\n').pop()!) as Figures;
  if (figures.status && figures.status !== 'COMMITTED') {
    throw new Error(`the import did not commit: ${output}`);
  }
  return figures;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const show = (f: Figures) =>
  `${f.seconds.toFixed(1)} s, CPU ${f.cpuSeconds.toFixed(1)} s, ${Math.round(f.maxRssMb)} MB`;

function main(): void {
  const current = compile(ROOT);
  const base = compile(baseCheckout());
  const file = path.join(OUT, `facilities-${SIZE}.xlsx`);
  if (!fs.existsSync(file)) {
    run(current, 'generate.js', file, String(SIZE));
  }
  const pairs: Record<'base' | 'current', { ratio: number; cpu: number; rss: number }[]> = {
    base: [],
    current: [],
  };
  for (let i = 1; i <= RUNS; i += 1) {
    const load = os.loadavg()[0].toFixed(1);
    const parse = run(current, 'parse-only.js', file);
    const order = i % 2 ? (['base', 'current'] as const) : (['current', 'base'] as const);
    const line = [`run ${i} (load ${load}): parse-only ${show(parse)}`];
    for (const which of order) {
      const full = run(which === 'base' ? base : current, 'full-import.js', file);
      const ratio = parse.seconds / full.seconds;
      pairs[which].push({ ratio, cpu: full.cpuSeconds, rss: full.maxRssMb - parse.maxRssMb });
      line.push(`${which} ${show(full)}, ratio ${ratio.toFixed(2)}`);
    }
    process.stdout.write(`${line.join('; ')}\n`);
  }
  for (const which of ['base', 'current'] as const) {
    const p = pairs[which];
    process.stdout.write(
      `${which}: median ratio ${median(p.map((x) => x.ratio)).toFixed(2)}, CPU ${median(p.map((x) => x.cpu)).toFixed(2)} s, RSS +${Math.round(median(p.map((x) => x.rss)))} MB\n`,
    );
  }
}

main();
