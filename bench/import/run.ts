import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * bench/import: generates facilities ledgers of 100,000 and 1,000,000 rows (once; kept under
 * bench/.out), then measures on the same file the exceljs streaming parse alone and the full
 * import, each in its own process, and prints rows/s, their ratio and the peak RSS of each.
 * SIZES=100000 npm run bench:import runs one size only; RUNS=5 measures five pairs (default 3).
 */
const OUT = path.resolve(__dirname, '../.out');
const DIST = path.join(OUT, 'dist/bench/import');
const SIZES = (process.env.SIZES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
// The same node flags for both processes.
const NODE_FLAGS = ['--max-old-space-size=4096'];

// Compiled JavaScript, as production runs it: no TypeScript compiler in either process's memory.
function build(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.resolve(__dirname, '../tsconfig.json')], {
    stdio: 'inherit',
  });
}

function runScript(script: string, args: string[]): Record<string, unknown> {
  const output = execFileSync(
    process.execPath,
    [...NODE_FLAGS, '-r', 'reflect-metadata', path.join(DIST, script), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!);
}

interface Figures {
  rows: number;
  seconds: number;
  maxRssMb: number;
  status?: string;
  inspectSeconds?: number;
  readSeconds?: number;
  commitSeconds?: number;
  /** CPU time of the process, all its threads (the database server's is not counted). */
  cpuSeconds: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rate = (f: Figures) => f.rows / f.seconds;
const thousands = (n: number) => Math.round(n).toLocaleString('en');

/**
 * Runs parse-only and the full import back to back RUNS times: a shared machine's speed drifts
 * over minutes, so each pair is compared within itself and the summary takes medians of pairs.
 */
function measure(size: number): string {
  const file = path.join(OUT, `facilities-${size}.xlsx`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`generating ${file}…\n`);
    runScript('generate.js', [file, String(size)]);
  }
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  const lines = [`${size.toLocaleString('en')} rows (${mb} MB), ${RUNS} runs`];
  const ratios: number[] = [];
  const extraRss: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const parse = runScript('parse-only.js', [file]) as unknown as Figures;
    const full = runScript('full-import.js', [file]) as unknown as Figures;
    if (full.status !== 'COMMITTED') {
      throw new Error(`the import did not commit: ${JSON.stringify(full)}`);
    }
    ratios.push(rate(full) / rate(parse));
    extraRss.push(full.maxRssMb - parse.maxRssMb);
    lines.push(
      `run ${run}: parse-only ${thousands(rate(parse))} rows/s (${parse.seconds.toFixed(1)} s, CPU ${parse.cpuSeconds.toFixed(1)} s, peak RSS ${Math.round(parse.maxRssMb)} MB); ` +
        `full import ${thousands(rate(full))} rows/s (${full.seconds.toFixed(1)} s: inspect ${full.inspectSeconds!.toFixed(1)}, read and write ${full.readSeconds!.toFixed(1)}, commit ${full.commitSeconds!.toFixed(1)}; CPU ${full.cpuSeconds.toFixed(1)} s; peak RSS ${Math.round(full.maxRssMb)} MB); ` +
        `ratio ${ratios.at(-1)!.toFixed(2)}, RSS +${Math.round(extraRss.at(-1)!)} MB`,
    );
  }
  lines.push(
    `median ratio ${median(ratios).toFixed(2)} (goal ≥ 0.70), median RSS +${Math.round(median(extraRss))} MB, at most +${Math.round(Math.max(...extraRss))} MB (goal ≤ +200 MB)`,
  );
  return lines.join('\n  ');
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  const load = os.loadavg()[0];
  process.stdout.write(
    `bench/import: ${os.cpus().length} CPUs, load average ${load.toFixed(1)}${load > 0.5 ? ' (busy: figures will be slower and noisier)' : ''}\n`,
  );
  build();
  for (const size of SIZES) {
    process.stdout.write(`${measure(size)}\n`);
  }
}

main();
