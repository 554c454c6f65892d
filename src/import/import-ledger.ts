import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Knex } from '@mikro-orm/postgresql';
import type { SheetDefinition } from '../modules/common/sheet-definition';
import type { RegionIndex } from '../regions/region-index';
import type { ImportContext } from './import-context';
import type { InspectLimits } from './read/inspect-file';
import { SheetReader } from './read/sheet-reader';
import { ImportRefusal, damagedWorkbook, emptyWorkbook } from './read/refusal';
import { ReportBuilder } from './report/report-builder';
import { WorkbookScope } from './check/workbook-scope';
import { importSheet } from './import-sheet';
import { FactWriter } from './write/fact-writer';
import { readStructure, type WorkbookStructure } from './read/workbook-structure';
import { commit } from './write/commit';
import { batchStore, type BatchOutcome } from './write/batch-store';

export interface ImportDeps {
  knex: Knex;
  regions: RegionIndex;
  definitions: readonly SheetDefinition[];
  limits: InspectLimits;
  /** Made once per import: sees every fact row as it is written (derived data summed on the way). */
  observeRows?: () => RowObserver;
  /**
   * Runs in the commit's (or rollback's) transaction once scopes changed: derived data follows.
   * A commit also passes its batch and the observer that saw its rows.
   */
  onScopesChanged?: ScopesChanged;
}

export interface RowObserver {
  add(
    table: string,
    columns: readonly string[],
    regionCode: string,
    year: number,
    values: readonly unknown[],
    approximate: readonly string[],
  ): void;
}

export type ScopesChanged = (
  trx: Knex.Transaction,
  changes: { table: string; kind: string; regionCode: string; year: number }[],
  batch?: { id: number; rows: RowObserver },
) => Promise<void>;

export interface ImportInput {
  path: string;
  fileName: string;
  region?: string | null;
  year?: number | null;
  dryRun?: boolean;
  onProgress?: (rows: number) => void;
  /** Told when the file has been inspected and rows start ('reading'), and when all rows are written and the commit starts ('committing'). */
  onStage?: (stage: ImportStage) => void;
}

export type ImportStage = 'reading' | 'committing';

/**
 * Imports one workbook: every fact is committed in one transaction, or nothing is and the report
 * says why (ledger-spec §7). Returns the batch id; the report is stored with the batch.
 */
export async function importLedger(deps: ImportDeps, input: ImportInput): Promise<number> {
  const reader = new SheetReader(input.path, input.fileName);
  try {
    return await importWith(reader, deps, input);
  } finally {
    await reader.close();
  }
}

async function importWith(
  reader: SheetReader,
  deps: ImportDeps,
  input: ImportInput,
): Promise<number> {
  // The inspection inflates the whole workbook on libuv's threads; the hash reads it meanwhile.
  const inspection = readStructure(input.path, input.fileName, deps.limits);
  inspection.catch(() => undefined); // its refusal is recorded below, once the batch exists
  const sha256 = await hashFile(input.path);
  const store = batchStore(deps.knex);
  const batchId = await store.create({
    fileName: input.fileName,
    sha256,
    dryRun: Boolean(input.dryRun),
  });
  const report = new ReportBuilder();
  try {
    const outcome = await run(deps, input, { batchId, sha256, inspection, reader }, report);
    if (outcome.status === 'FAILED') {
      report.sheets.forEach((sheet) => (sheet.rowsImported = 0));
    }
    if (!outcome.stored) {
      await store.finish(batchId, outcome, report.build());
    }
    if (report.hasErrors) {
      await store.keepContent(batchId, await readFile(input.path));
    }
  } catch (error) {
    if (!(error instanceof ImportRefusal)) {
      await store.finish(
        batchId,
        { status: 'FAILED' },
        failure(
          report,
          'IMPORT_FAILED',
          'the import stopped on an unexpected error; nothing was written',
        ),
      );
      throw error;
    }
    await store.finish(batchId, { status: 'FAILED' }, failure(report, error.code, error.message));
  }
  return batchId;
}

async function run(
  deps: ImportDeps,
  input: ImportInput,
  file: {
    batchId: number;
    sha256: string;
    inspection: Promise<WorkbookStructure>;
    reader: SheetReader;
  },
  report: ReportBuilder,
): Promise<BatchOutcome> {
  const { batchId, sha256 } = file;
  const uploadRegion = resolveUploadRegion(deps.regions, input.region);
  const structure = await file.inspection;
  const identical = await batchStore(deps.knex).findCommitted(sha256, batchId);
  if (identical !== null) {
    report.warning({
      code: 'IDENTICAL_FILE',
      message: `this file was already imported as batch ${identical}; nothing changed`,
    });
    return {
      status: input.dryRun ? 'VALIDATED' : 'COMMITTED',
      identicalTo: identical,
      region: uploadRegion?.code,
      year: input.year,
    };
  }
  input.onStage?.('reading');
  const trx = await deps.knex.transaction();
  try {
    const ctx: ImportContext = {
      definitions: deps.definitions,
      regions: deps.regions,
      report,
      scope: new WorkbookScope(deps.regions, uploadRegion, input.year ?? null),
      writer: new FactWriter(trx, batchId, deps.observeRows?.()),
      scopes: new Map(),
      sawContent: false,
      onRow: progress(input.onProgress),
    };
    await readAll(file.reader, structure, ctx);
    await ctx.writer.finish();
    const base = { region: ctx.scope.region?.code, year: ctx.scope.year };
    if (report.hasErrors || input.dryRun) {
      await trx.rollback();
      return report.hasErrors
        ? { ...base, status: 'FAILED' }
        : { ...base, status: 'VALIDATED', rowsImported: ctx.writer.rowsWritten };
    }
    input.onStage?.('committing');
    return await commit(trx, deps, batchId, sha256, ctx, base);
  } catch (error) {
    await trx.rollback().catch(() => undefined);
    throw error;
  }
}

async function readAll(
  reader: SheetReader,
  structure: WorkbookStructure,
  ctx: ImportContext,
): Promise<void> {
  try {
    for await (const sheet of reader.sheets(structure)) {
      await importSheet(sheet, ctx);
    }
  } catch (error) {
    // The reader's errors mean the file; the database's (from the writer) do not.
    throw error instanceof ImportRefusal || isDatabaseError(error)
      ? error
      : damagedWorkbook((error as Error).message);
  } finally {
    await reader.close(); // its thread's memory is not needed for the commit
  }
  if (!ctx.sawContent) {
    throw emptyWorkbook();
  }
}

function resolveUploadRegion(regions: RegionIndex, code: string | null | undefined) {
  if (!code) {
    return null;
  }
  const region = regions.get(code);
  if (!region) {
    throw new ImportRefusal(
      'UNKNOWN_REGION',
      `the upload's region "${code}" is not a GB/T 2260 code`,
    );
  }
  return region;
}

function failure(report: ReportBuilder, code: string, message: string) {
  const built = report.build();
  return {
    ...built,
    errors: [
      { sheet: null, row: null, column: null, header: null, value: null, code, message },
      ...built.errors,
    ],
  };
}

function progress(onProgress: ((rows: number) => void) | undefined): (() => void) | undefined {
  if (!onProgress) {
    return undefined;
  }
  let rows = 0;
  return () => {
    rows += 1;
    if (rows % 1000 === 0) {
      onProgress(rows);
    }
  };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function isDatabaseError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && ('severity' in error || 'routine' in error);
}
