import path from 'node:path';
import fs from 'node:fs';
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import pino from 'pino';
import { loadConfig, type Config } from '../config';
import type { AppServices } from '../context';
import { migrate, openDatabase } from '../db/database';
import { isDatabaseUnavailable } from '../errors';
import type { Logger } from '../logger';
import { CLI_SCOPE } from '../modules/common/access';
import { ImportFailed } from '../modules/common/import-port';
import { say } from '../modules/common/messages/clerk-texts';
import { loadBatchJson, type BatchJson } from '../modules/import-batch/batch-json';
import { createServices } from '../services';
import { formatReport } from './format-report';
import {
  collect,
  readImportOptions,
  type ImportCliOptions,
  type ImportRun,
} from './import-options';

/**
 * `sports-ledger import FILE…` (decisions §7): exit 0 when every file was committed, was already,
 * or passed a dry run; 1 when one was read and refused (IMPORT_FAILED included); 2 for usage
 * errors and files that cannot be opened. With several files, the worst.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import ledger workbooks (.xlsx or .csv) and print the batch report')
    .argument('<files...>', 'workbooks to import')
    .option('--region <code>', "the ledgers' region (GB/T 2260 code)")
    .option('--year <year>', "the ledgers' year")
    .option('--dry-run', 'validate and report, write nothing')
    .option(
      '--map <HEADER=field>',
      "what a header means, e.g. '投资总额（万元）=investment' (repeatable)",
      collect,
      [],
    )
    .option('--ignore-sheet <name>', 'skip this sheet on purpose (repeatable)', collect, [])
    .option('--max-mb <n>', 'largest file for this run in MB (default MAX_UPLOAD_MB)')
    .option('--lang <zh|en>', 'the language of the report (default zh)')
    .option('--json', 'print each batch as one line of JSON (shaped like the GraphQL ImportBatch)')
    .action(async (files: string[], opts: ImportCliOptions) => {
      process.exitCode = await runImports(files, opts);
    });
}

async function runImports(files: string[], opts: ImportCliOptions): Promise<number> {
  const run = readImportOptions(opts);
  if ('usage' in run) {
    process.stderr.write(`${run.usage}\n`);
    return 2;
  }
  const missing = files.filter((f) => !fs.existsSync(f) || !fs.statSync(f).isFile());
  if (missing.length > 0) {
    process.stderr.write(`${say(run.lang, 'cliCannotRead', { files: missing.join(', ') })}\n`);
    return 2;
  }
  const config = withMaxMb(loadConfig(), run.maxMb);
  const log = stderrLogger(config.logLevel);
  try {
    return await withServices(config, log, async (services) => {
      let exit = 0;
      for (const file of files) {
        exit = Math.max(exit, exitCodeOf(await importOne(services, file, run)));
      }
      return exit;
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) {
      throw error;
    }
    log.error({ err: error }, 'database unavailable');
    process.stderr.write(`${say(run.lang, 'dbUnavailable')} [DB_UNAVAILABLE]\n`);
    return 1;
  }
}

/**
 * `--max-mb` raises the upload limit for one run, and the unpacked-size guard with it (a workbook
 * unpacks to about ten times its size), never below what the config allows.
 */
function withMaxMb(config: Config, maxMb: number | null): Config {
  if (maxMb === null) {
    return config;
  }
  const maxUploadBytes = Math.round(maxMb * 1024 * 1024);
  return {
    ...config,
    maxUploadBytes,
    maxInflatedBytes: Math.max(config.maxInflatedBytes, maxUploadBytes * 10),
  };
}

/** stdout carries the reports (one JSON object per line with --json): the log goes to stderr. */
function stderrLogger(level: string): Logger {
  const quiet = level === 'info' ? 'warn' : level;
  return pino(
    { level: quiet, base: { app: 'sports-ledger' } },
    pino.destination({ dest: 2, sync: true }),
  );
}

async function withServices<T>(
  config: Config,
  log: Logger,
  use: (services: AppServices) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(config, log);
  try {
    await migrate(db.orm, log);
    return await use(createServices(config, log, db.orm, { inProcess: true }));
  } finally {
    await db.close();
  }
}

async function importOne(services: AppServices, file: string, run: ImportRun): Promise<BatchJson> {
  const bar = progressBar(file, run);
  const id = await services.importer
    .run(
      { path: file, fileName: path.basename(file) },
      {
        region: run.region,
        year: run.year,
        dryRun: run.dryRun,
        columnMap: run.columnMap,
        ignoreSheets: run.ignoreSheets,
        scope: CLI_SCOPE,
        onProgress: (rows) => {
          bar?.setTotal(rows);
          bar?.update(rows);
        },
        onStage: (stage) => bar?.update({ stage: stage === 'committing' ? 'committing…' : '' }),
      },
    )
    .catch((error: unknown) => {
      if (!(error instanceof ImportFailed)) {
        throw error;
      }
      // the batch says IMPORT_FAILED; the stack and SQL go to the log, never to the report
      services.log.error({ err: error.cause, batch: error.batchId }, 'import failed');
      return error.batchId;
    })
    .finally(() => bar?.stop());
  const batch = await loadBatchJson(services.db, id, run.lang);
  process.stdout.write(run.json ? `${JSON.stringify(batch)}\n` : formatReport(batch, run.lang));
  return batch;
}

/** A progress bar counting rows, on a terminal only (never in the way of --json). */
function progressBar(file: string, run: ImportRun): SingleBar | null {
  if (!process.stderr.isTTY || run.json) {
    return null;
  }
  const bar = new SingleBar(
    { format: `${path.basename(file)} {bar} {value} rows {stage}`, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(0, 0, { stage: '' });
  return bar;
}

/** Files the importer could not open at all, and a region argument it does not know: usage. */
const CANNOT_OPEN = new Set([
  'NOT_A_WORKBOOK',
  'DAMAGED_WORKBOOK',
  'LEGACY_XLS',
  'ENCRYPTED_WORKBOOK',
  'EMPTY_WORKBOOK',
  'FILE_TOO_LARGE',
  'ZIP_BOMB',
  'UNSUPPORTED_FILE_TYPE',
  'UNKNOWN_REGION',
  'TOO_MANY_MERGES',
  'CSV_BEYOND_EXCEL',
]);

function exitCodeOf(batch: BatchJson): number {
  if (batch.status === 'COMMITTED' || (batch.status === 'VALIDATED' && batch.errors.length === 0)) {
    return 0;
  }
  return batch.errors.some((e) => CANNOT_OPEN.has(e.code)) ? 2 : 1;
}
