import type { ImportOptions } from '../../../src/modules/common/import-port';
import type { ImportReport } from '../../../src/modules/import-batch/import-report';
import {
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { writeWorkbook } from '../../support/ledger-workbook';
import type { scratchDir, SheetSpec } from '../../support/ledger-workbook';
import type { TestApp } from '../../support/test-app';

/** A batch as GraphQL gives it, with the stored report for what the schema does not list yet. */
export interface Imported {
  batch: AcceptanceBatchFragment;
  report: ImportReport;
}

type Scratch = Awaited<ReturnType<typeof scratchDir>>;

/** Writes a workbook, imports it through the importer's port, and reads the batch back. */
export async function importBook(
  app: TestApp,
  scratch: Scratch,
  name: string,
  sheets: SheetSpec[],
  options: ImportOptions = {},
): Promise<Imported> {
  const file = await writeWorkbook(scratch.file(name), sheets);
  const id = await app.running.services.importer.run({ path: file, fileName: name }, options);
  const { importBatch } = await app.gql(AcceptanceImportBatchDocument, { id: String(id) });
  const [{ report }] = await app.sql<{ report: ImportReport }>(
    'select report from import_batch where id = ?',
    [id],
  );
  return { batch: importBatch!, report };
}

/** The facilities a batch stored, in row order. */
export async function facilitiesOf(app: TestApp, batch: AcceptanceBatchFragment) {
  const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {});
  return facilities!.nodes
    .filter((f) => f.source.batch.id === batch.id)
    .sort((a, b) => a.source.row - b.source.row);
}

/** Title, 填报单位 and 年度 rows, then the header and rows: the usual top of a ledger. */
export function ledger(
  name: string,
  bureau: string,
  year: number,
  header: unknown[],
  rows: unknown[][],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    rows: [[`${year}年${name}台账`], [`填报单位：${bureau}`], [`年度：${year}`], header, ...rows],
    ...extra,
  };
}

/** The mappings a report lists, as `header → field (source)`. */
export function mappingsOf(report: ImportReport, sheet?: string): string[] {
  return (report.columnMappings ?? [])
    .filter((m) => sheet === undefined || m.sheet === sheet)
    .map((m) => `${m.header} → ${m.field} (${m.source})`);
}
