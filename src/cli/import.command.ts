import path from 'node:path';
import fs from 'node:fs';
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { loadBatchJson, type BatchJson } from '../modules/import-batch/batch-json';
import { formatReport } from './format-report';
import { createLogger } from '../logger';
import { createServices } from '../services';

interface ImportOptions {
  region?: string;
  year?: string;
  dryRun?: boolean;
  json?: boolean;
}

/**
 * `sports-ledger import FILE…`: exit 0 when every file was committed (or already was), 1 when one
 * was rejected, 2 for usage errors and unreadable files.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import ledger workbooks (.xlsx or .csv) and print the batch report')
    .argument('<files...>', 'workbooks to import')
    .option('--region <code>', "the ledgers' region (GB/T 2260 code)")
    .option('--year <year>', "the ledgers' year")
    .option('--dry-run', 'validate and report, write nothing')
    .option('--json', 'print each batch as JSON (shaped like the GraphQL ImportBatch)')
    .action(async (files: string[], opts: ImportOptions) => {
      process.exitCode = await runImports(files, opts);
    });
}

async function runImports(files: string[], opts: ImportOptions): Promise<number> {
  const year = opts.year === undefined ? null : Number(opts.year);
  if (year !== null && !Number.isInteger(year)) {
    process.stderr.write(`--year must be a year, got "${opts.year}"\n`);
    return 2;
  }
  const missing = files.filter((f) => !fs.existsSync(f) || !fs.statSync(f).isFile());
  if (missing.length > 0) {
    process.stderr.write(`cannot read ${missing.join(', ')}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    await migrate(db.orm, log);
    const services = createServices(config, log, db.orm);
    let exit = 0;
    for (const file of files) {
      const batch = await importOne(services, file, { ...opts, year });
      exit = Math.max(exit, exitCodeOf(batch));
    }
    return exit;
  } finally {
    await db.close();
  }
}

async function importOne(
  services: ReturnType<typeof createServices>,
  file: string,
  opts: Omit<ImportOptions, 'year'> & { year: number | null },
): Promise<BatchJson> {
  const bar =
    process.stderr.isTTY && !opts.json
      ? new SingleBar(
          { format: `${path.basename(file)} {bar} {value} rows {stage}`, hideCursor: true },
          Presets.shades_classic,
        )
      : null;
  bar?.start(0, 0, { stage: '' });
  const id = await services.importer.run(
    { path: file, fileName: path.basename(file) },
    {
      region: opts.region ?? null,
      year: opts.year,
      dryRun: Boolean(opts.dryRun),
      onProgress: (rows) => {
        bar?.setTotal(rows);
        bar?.update(rows);
      },
      onStage: (stage) => bar?.update({ stage: stage === 'committing' ? 'committing…' : '' }),
    },
  );
  bar?.stop();
  const batch = await loadBatchJson(services.db, id);
  process.stdout.write(opts.json ? `${JSON.stringify(batch, null, 2)}\n` : formatReport(batch));
  return batch;
}

function exitCodeOf(batch: BatchJson): number {
  if (batch.status === 'COMMITTED' || (batch.status === 'VALIDATED' && batch.errors.length === 0)) {
    return 0;
  }
  const unreadable = [
    'NOT_A_WORKBOOK',
    'DAMAGED_WORKBOOK',
    'LEGACY_XLS',
    'ENCRYPTED_WORKBOOK',
    'EMPTY_WORKBOOK',
    'FILE_TOO_LARGE',
    'ZIP_BOMB',
    'UNSUPPORTED_FILE_TYPE',
  ];
  return batch.errors.some((e) => unreadable.includes(e.code)) ? 2 : 1;
}
