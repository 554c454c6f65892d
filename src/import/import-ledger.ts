import { readFile } from 'node:fs/promises';
import { BatchNotQueued, ImportFailed, type ImportOptions } from '../modules/common/import-port';
import type { IssueParams } from '../modules/common/messages/issue-text';
import { newImportContext, readScopes } from './import-context';
import type { ImportDeps } from './import-deps';
import { importSheets } from './import-sheet';
import { resolveUploadRegion } from './check/workbook-scope';
import { hashFile } from './read/file-hash';
import { ImportRefusal } from './read/refusal';
import { SheetReader } from './read/sheet-reader';
import { readStructure, type WorkbookStructure } from './read/workbook-structure';
import { ReportBuilder, withFileIssue } from './report/report-builder';
import { batchStore, LeaseLost, type BatchOutcome } from './write/batch-store';
import { cancelOnAbort } from './write/cancel-on-abort';
import { commit } from './write/commit';
import { queuedBatch } from './write/queued-batch';
import { identicalFile } from './write/identical-file';
import { setWriteScope } from './write/write-scope';
import { CLI_SCOPE } from '../modules/common/access';

interface Upload {
  path: string;
  fileName: string;
}

interface Batch {
  id: number;
  sha256: string;
  inspection: Promise<WorkbookStructure>;
  reader: SheetReader;
  report: ReportBuilder;
}

/**
 * Imports one workbook: every fact is committed in one transaction, or nothing is and the report
 * says why (ledger-spec §7). Returns the batch id; the report is stored with the batch.
 *
 *   read/    the file is inspected (zip limits, parts) while it is hashed; a thread streams sheets
 *   locate/  each sheet's kind, header row and preamble                 (import-sheet.ts)
 *   parse/   each row's cells                                           (sheet-rows.ts)
 *   check/   the rows' region and scope, totals rows; plausibility at commit
 *   write/   rows COPY into one transaction; the commit replaces the scopes' previous rows
 *   report/  every problem, by sheet, row and column, stored with the batch
 */
export async function importLedger(
  deps: ImportDeps,
  upload: Upload,
  options: ImportOptions,
): Promise<number> {
  const reader = new SheetReader(upload.path, upload.fileName);
  try {
    // The inspection inflates the whole workbook on libuv's threads; the hash reads it meanwhile.
    const inspection = readStructure(upload.path, upload.fileName, deps.limits);
    inspection.catch(() => undefined); // its refusal is recorded below, once the batch exists
    const sha256 = await hashFile(upload.path);
    const id = await takeBatch(deps, upload, sha256, options);
    options.onBatch?.(id);
    const batch: Batch = { id, sha256, inspection, reader, report: new ReportBuilder() };
    const beating = keepLeaseAlive(deps, id);
    try {
      await runAndRecord(deps, upload, withProgressStored(deps, options), batch);
    } finally {
      clearInterval(beating);
    }
    return id;
  } finally {
    await reader.close();
  }
}

async function runAndRecord(
  deps: ImportDeps,
  upload: Upload,
  options: ImportOptions,
  batch: Batch,
): Promise<void> {
  const { id, report } = batch;
  const store = batchStore(deps.db);
  try {
    const outcome = await run(deps, options, batch);
    if (outcome.status === 'FAILED') {
      report.sheets.forEach((sheet) => (sheet.rowsImported = 0));
    }
    if (!outcome.stored) {
      await store.finish(id, outcome, report.build());
    }
    if (report.hasErrors) {
      await store.keepContent(id, await readFile(upload.path));
    }
  } catch (error) {
    if (
      options.signal?.aborted &&
      options.queuedBatch &&
      (await queuedBatch(deps.db, id).handBack())
    ) {
      // a queued batch goes back to the queue, for this or another worker to run it again
      throw new BatchNotQueued(id);
    }
    if (options.signal?.aborted) {
      // The server is stopping: the transaction was rolled back, and the batch says so.
      report.sheets.forEach((sheet) => (sheet.rowsImported = 0));
      await store.finish(id, { status: 'FAILED' }, withFileIssue(report, ...INTERRUPTED));
      return;
    }
    const refusal = error instanceof ImportRefusal;
    const [code, message, params] = refusal
      ? [error.code, error.message, refusalParams(error)]
      : ['IMPORT_FAILED', 'the import stopped on an unexpected error; nothing was written', null];
    const recorded = await store
      .finish(id, { status: 'FAILED' }, withFileIssue(report, code, message, params))
      .then(
        () => true,
        (lost: unknown) => (lost instanceof LeaseLost ? false : Promise.reject(lost)),
      );
    if (!refusal || !recorded) {
      // the batch says what happened; the error itself (stack, SQL) is for the transport's log
      throw new ImportFailed(id, error);
    }
  }
}

async function run(deps: ImportDeps, options: ImportOptions, batch: Batch): Promise<BatchOutcome> {
  const uploadRegion = resolveUploadRegion(deps.regions, options.region);
  const structure = await batch.inspection;
  // An uploader's rows are read and checked first: the same file as another region's batch
  // must be refused (REGION_OUT_OF_SCOPE), not answered "already imported"; commit asks again.
  const identical = options.scope?.regionCode
    ? null
    : await identicalFile(deps.db, batch.sha256, batch.id, batch.report);
  if (identical !== null) {
    const status = options.dryRun ? 'VALIDATED' : 'COMMITTED';
    return { status, identicalTo: identical, region: uploadRegion?.code, year: options.year };
  }
  options.onStage?.('reading');
  options.signal?.throwIfAborted();
  const trx = await deps.db.transaction();
  const stopListening = await cancelOnAbort(deps.db, trx, options.signal);
  try {
    // a national ledger's COPY and aggregates run longer than an API read is allowed to
    await trx.raw('set local statement_timeout = 0');
    await setWriteScope(trx, deps.regions, options.scope ?? CLI_SCOPE);
    const ctx = newImportContext(deps, trx, batch, uploadRegion, interruptible(options));
    await importSheets(batch.reader, structure, ctx);
    await ctx.writer.finish();
    options.signal?.throwIfAborted();
    const base = { region: ctx.scope.region?.code, year: ctx.scope.year };
    if (!batch.report.hasErrors) {
      batch.report.scopes = readScopes(ctx);
    }
    if (batch.report.hasErrors || options.dryRun) {
      await trx.rollback();
      return batch.report.hasErrors
        ? { ...base, status: 'FAILED' }
        : { ...base, status: 'VALIDATED', rowsImported: ctx.writer.rowsWritten };
    }
    options.onStage?.('committing');
    return await commit(trx, deps, batch, ctx, base);
  } catch (error) {
    await trx.rollback().catch(() => undefined);
    throw error;
  } finally {
    stopListening();
  }
}

/** A new RUNNING batch, or the queued one this import runs (taken over by this process). */
async function takeBatch(
  deps: ImportDeps,
  upload: Upload,
  sha256: string,
  options: ImportOptions,
): Promise<number> {
  if (options.queuedBatch) {
    await queuedBatch(deps.db, options.queuedBatch).claim();
    return options.queuedBatch;
  }
  return batchStore(deps.db).create({
    fileName: upload.fileName,
    sha256,
    dryRun: Boolean(options.dryRun),
    uploadedBy: (options.scope ?? CLI_SCOPE).by,
  });
}

/** A queued batch shows how far it has read (GraphQL `ImportBatch.progress`), to any process. */
function withProgressStored(deps: ImportDeps, options: ImportOptions): ImportOptions {
  const id = options.queuedBatch;
  if (!id) {
    return options;
  }
  const batch = queuedBatch(deps.db, id);
  return {
    ...options,
    onProgress: (rows, sheet) => {
      batch.progress(rows, sheet).catch(() => undefined); // progress only: the next one tells
      options.onProgress?.(rows, sheet);
    },
  };
}

const INTERRUPTED = [
  'INTERRUPTED',
  'the import was interrupted (the server stopped); nothing was written',
  null,
] as const;

/** Checks the stop signal every 1,000 rows (where progress is told), between statements. */
function interruptible(options: ImportOptions): ImportOptions {
  const { signal, onProgress } = options;
  if (!signal) {
    return options;
  }
  return {
    ...options,
    onProgress: (rows, sheet) => {
      signal.throwIfAborted();
      onProgress?.(rows, sheet);
    },
  };
}

/**
 * Refreshes the batch's heartbeat a few times per lease timeout, so that a server starting
 * meanwhile sees the import alive (batch-store `failInterrupted`). Unref'd: it never keeps a
 * process up; a failed beat is retried at the next tick.
 */
function keepLeaseAlive(deps: ImportDeps, id: number): NodeJS.Timeout {
  const every = Math.max(500, Math.floor((deps.leaseTimeoutMs ?? 30_000) / 6));
  const timer = setInterval(() => {
    batchStore(deps.db)
      .heartbeat(id)
      .catch(() => undefined);
  }, every);
  timer.unref();
  return timer;
}

/** The values a refusal's message is built from, when the refusal carries them. */
function refusalParams(refusal: ImportRefusal): IssueParams | null {
  const { params } = refusal as { params?: IssueParams };
  return params ?? null;
}
