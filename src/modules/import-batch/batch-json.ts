import type { Knex } from '@mikro-orm/postgresql';
import type { ImportIssueData, ImportSheetData } from './import-report';

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
  sheets: ImportSheetData[];
  rowsImported: number;
  errors: ImportIssueData[];
  warnings: ImportIssueData[];
  replaces: { id: string } | null;
  identicalTo: { id: string } | null;
}

export async function loadBatchJson(knex: Knex, id: number): Promise<BatchJson> {
  const { rows } = await knex.raw(
    `select b.*, r.name as region_name, r.full_name as region_full_name
     from import_batch b left join region r on r.code = b.region_code where b.id = ?`,
    [id],
  );
  const b = rows[0];
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
    sheets: b.report.sheets,
    rowsImported: b.rows_imported,
    errors: b.report.errors,
    warnings: b.report.warnings,
    replaces: b.replaces_id ? { id: String(b.replaces_id) } : null,
    identicalTo: b.identical_to_id ? { id: String(b.identical_to_id) } : null,
  };
}
