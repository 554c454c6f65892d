import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * bench/import: generates facilities ledgers of 100,000 and 1,000,000 rows (once; kept under
 * bench/.out), then measures on the same file the exceljs streaming parse alone and the full
 * import, each in its own process, and prints rows/s, their ratio and the peak RSS of each.
 * SIZES=100000 npm run bench:import runs one size only.
 */
const OUT = path.resolve(__dirname, '../.out');
const SIZES = (process.env.SIZES ?? '100000,1000000').split(',').map(Number);
const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'reflect-metadata'];

function runScript(script: string, args: string[]): Record<string, unknown> {
  const output = execFileSync(
    process.execPath,
    ['--max-old-space-size=4096', ...TS_NODE, path.join(__dirname, script), ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, TS_NODE_PROJECT: path.resolve(__dirname, '../../tsconfig.json') },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split('\n').pop()!);
}

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  const table: string[] = [];
  for (const size of SIZES) {
    const file = path.join(OUT, `facilities-${size}.xlsx`);
    if (!fs.existsSync(file)) {
      process.stderr.write(`generating ${file}…\n`);
      runScript('generate.ts', [file, String(size)]);
    }
    const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
    const parse = runScript('parse-only.ts', [file]) as {
      rows: number;
      seconds: number;
      maxRssMb: number;
    };
    const full = runScript('full-import.ts', [file]) as {
      status: string;
      rows: number;
      seconds: number;
      maxRssMb: number;
      errors: unknown[];
    };
    if (full.status !== 'COMMITTED') {
      throw new Error(`the import did not commit: ${JSON.stringify(full)}`);
    }
    const parseRate = parse.rows / parse.seconds;
    const fullRate = full.rows / full.seconds;
    table.push(
      [
        `${size.toLocaleString('en')} rows (${mb} MB)`,
        `parse-only ${Math.round(parseRate).toLocaleString('en')} rows/s, peak RSS ${Math.round(parse.maxRssMb)} MB`,
        `full import ${Math.round(fullRate).toLocaleString('en')} rows/s, peak RSS ${Math.round(full.maxRssMb)} MB`,
        `ratio ${(fullRate / parseRate).toFixed(2)}, RSS +${Math.round(full.maxRssMb - parse.maxRssMb)} MB`,
      ].join('\n  '),
    );
    process.stdout.write(`${table[table.length - 1]}\n`);
  }
}

main();
