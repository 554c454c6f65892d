import { readFile } from 'node:fs/promises';
import { ImportFailed, type ImportOptions } from '../modules/common/import-port';
import type { IssueParams } from '../modules/common/messages/issue-text';
import { newImportContext } from './import-context';
import type { ImportDeps } from './import-deps';
import { importSheets } from './import-sheet';
import { resolveUploadRegion } from './check/workbook-scope';
import { hashFile } from './read/file-hash';
import { ImportRefusal } from './read/refusal';
import { SheetReader } from './read/sheet-reader';
import { readStructure, type WorkbookStructure } from './read/workbook-structure';
import { ReportBuilder, withFileIssue } from './report/report-builder';
import { batchStore, type BatchOutcome } from './write/batch-store';
import { commit } from './write/commit';
import { identicalFile } from './write/identical-file';

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
    const id = await batchStore(deps.db).create({
      fileName: upload.fileName,
      sha256,
      dryRun: Boolean(options.dryRun),
    });
    options.onBatch?.(id);
    const batch: Batch = { id, sha256, inspection, reader, report: new ReportBuilder() };
    await runAndRecord(deps, upload, options, batch);
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
    const refusal = error instanceof ImportRefusal;
    const [code, message, params] = refusal
      ? [error.code, error.message, refusalParams(error)]
      : ['IMPORT_FAILED', 'the import stopped on an unexpected error; nothing was written', null];
    await store.finish(id, { status: 'FAILED' }, withFileIssue(report, code, message, params));
    if (!refusal) {
      // the batch says what happened; the error itself (stack, SQL) is for the transport's log
      throw new ImportFailed(id, error);
    }
  }
}

async function run(deps: ImportDeps, options: ImportOptions, batch: Batch): Promise<BatchOutcome> {
  const uploadRegion = resolveUploadRegion(deps.regions, options.region);
  const structure = await batch.inspection;
  const identical = await identicalFile(deps.db, batch.sha256, batch.id, batch.report);
  if (identical !== null) {
    const status = options.dryRun ? 'VALIDATED' : 'COMMITTED';
    return { status, identicalTo: identical, region: uploadRegion?.code, year: options.year };
  }
  options.onStage?.('reading');
  const trx = await deps.db.transaction();
  try {
    const ctx = newImportContext(deps, trx, batch, uploadRegion, options);
    await importSheets(batch.reader, structure, ctx);
    await ctx.writer.finish();
    const base = { region: ctx.scope.region?.code, year: ctx.scope.year };
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
  }
}

/** The values a refusal's message is built from, when the refusal carries them. */
function refusalParams(refusal: ImportRefusal): IssueParams | null {
  const { params } = refusal as { params?: IssueParams };
  return params ?? null;
}
