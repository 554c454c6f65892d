import type { Knex } from '@mikro-orm/postgresql';
import { DEFAULT_LANG, type Lang } from '../common/messages/lang';
import type { AppliedColumnMappingData } from './import-report';
import { localizeReport, type ReadIssue, type ReadSheet } from './localized-report';

/** An ImportBatch as JSON, shaped like the GraphQL type (for the CLI's --json and POST /imports). */
export interface BatchJson {
  id: string;
  fileName: string;
  sha256: string;
  region: { code: string; name: string; fullName: string } | null;
  year: number | null;
  status: string;
  dryRun: boolean;
  createdAt: string;
  finishedAt: string | null;
  sheets: ReadSheet[];
  rowsImported: number;
  errors: ReadIssue[];
  warnings: ReadIssue[];
  columnMappings: AppliedColumnMappingData[];
  replaces: { id: string } | null;
  identicalTo: { id: string } | null;
  uploadedBy: string | null;
  /** How far a running queued import has read; present only while the batch waits or runs. */
  progress?: { rowsRead: number; sheet: string | null } | null;
}

/** The batch with its messages in `lang` (the reader's, not the uploader's). */
export async function loadBatchJson(
  knex: Knex,
  id: number,
  lang: Lang = DEFAULT_LANG,
): Promise<BatchJson> {
  const { rows } = await knex.raw(
    // not b.*: the kept upload (content) may be tens of megabytes
    `select b.id, b.file_name, b.sha256, b.region_code, b.year, b.status, b.dry_run, b.created_at,
       b.finished_at, b.rows_imported, b.report, b.replaces_id, b.identical_to_id,
       b.uploaded_by, b.progress_rows, b.progress_sheet,
       r.name as region_name, r.full_name as region_full_name
     from import_batch b left join region r on r.code = b.region_code where b.id = ?`,
    [id],
  );
  const b = rows[0];
  const report = localizeReport(b.report, lang, b.identical_to_id);
  return {
    id: String(b.id),
    fileName: b.file_name,
    sha256: b.sha256,
    region: b.region_code
      ? { code: b.region_code, name: b.region_name, fullName: b.region_full_name }
      : null,
    year: b.year,
    status: b.status,
    dryRun: b.dry_run,
    createdAt: new Date(b.created_at).toISOString(),
    finishedAt: b.finished_at ? new Date(b.finished_at).toISOString() : null,
    sheets: report.sheets,
    rowsImported: b.rows_imported,
    errors: report.errors,
    warnings: report.warnings,
    columnMappings: report.columnMappings,
    replaces: b.replaces_id ? { id: String(b.replaces_id) } : null,
    identicalTo: b.identical_to_id ? { id: String(b.identical_to_id) } : null,
    uploadedBy: b.uploaded_by,
    ...progressOf(b),
  };
}

/** Only an unfinished batch carries `progress`, so a finished one reads as it always did. */
function progressOf(b: {
  status: string;
  progress_rows: number | null;
  progress_sheet: string | null;
}): Pick<BatchJson, 'progress'> {
  if (b.status !== 'QUEUED' && b.status !== 'RUNNING') {
    return {};
  }
  const running = b.status === 'RUNNING' && b.progress_rows !== null;
  return {
    progress: running ? { rowsRead: b.progress_rows!, sheet: b.progress_sheet } : null,
  };
}
