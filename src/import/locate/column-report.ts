import type { ColumnDef } from '../../modules/common/sheet-definition';
import type { ImportColumnData } from '../../modules/import-batch/import-report';
import type { ReportBuilder } from '../report/report-builder';
import { columnLetter } from '../read/sheet-source';
import type { SheetLayout } from './sheet-layout';
import { ignoredMessage } from './unplaced-columns';

/** The required columns a sheet lacks, leaving out those its title gives (`fromTitle`). */
export function missingColumns(layout: SheetLayout, fromTitle: readonly string[]): ColumnDef[] {
  const mapped = new Set(layout.columns.map((c) => c.def.key));
  return layout.definition.columns.filter(
    (c) => c.required && !mapped.has(c.key) && !fromTitle.includes(c.key),
  );
}

/** Warns of the columns ignored for a reason known from the header; errors for missing columns. */
export function reportHeader(
  sheet: string,
  layout: SheetLayout,
  missing: readonly ColumnDef[],
  report: ReportBuilder,
): void {
  for (const { index, header, reason, silent } of layout.ignored) {
    if (!silent) {
      report.warning({
        sheet,
        row: layout.headerRow,
        column: columnLetter(index + 1),
        header,
        code: 'IGNORED_COLUMN',
        message: ignoredMessage(header, reason, layout.definition),
        params: { reason, kind: layout.definition.kind },
      });
    }
  }
  for (const column of missing) {
    report.error({
      sheet,
      row: layout.headerRow,
      header: column.headers[0],
      code: 'MISSING_COLUMN',
      message: `the sheet has no "${column.headers[0]}" column, which a ${layout.definition.kind.toLowerCase()} ledger requires`,
      params: { kind: layout.definition.kind, key: column.key },
    });
  }
}

/** A column the sheet lacks but its title gives (a results table's competition) is said once. */
export function reportTitleValues(
  sheet: string,
  values: ReadonlyMap<string, string>,
  report: ReportBuilder,
): void {
  for (const [key, value] of values) {
    report.warning({
      sheet,
      value,
      code: 'VALUE_FROM_TITLE',
      message: `the sheet has no ${key} column; every row takes "${value}" from the title`,
      params: { key },
    });
  }
}

/** How each header of the sheet was understood, in column order (ImportSheet.columns). */
export function sheetColumns(layout: SheetLayout): ImportColumnData[] {
  const columns: (Omit<ImportColumnData, 'column'> & { index: number })[] = [
    ...layout.columns.map((c) => ({
      index: c.index,
      header: c.header,
      field: fieldName(c.def.key),
      unit: c.unit,
      ignoredReason: null,
    })),
    ...layout.ignored.map((c) => ({
      index: c.index,
      header: c.header,
      field: null,
      unit: c.unit,
      ignoredReason: c.reason,
    })),
    ...layout.unplaced.map((c) => ({
      index: c.index,
      header: c.header,
      field: null,
      unit: null,
      ignoredReason: null,
    })),
  ];
  return columns
    .sort((a, b) => a.index - b.index)
    .map(({ index, ...column }) => ({ ...column, column: columnLetter(index + 1) }));
}

/** A wide-form metric column is named as the clerk would map it: indicator:KEY. */
export function fieldName(key: string): string {
  const metric = /^metric:([^:]+):/.exec(key);
  return metric ? `indicator:${metric[1]}` : key;
}
