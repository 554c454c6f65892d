import type { LedgerKind } from '../common/enums';

/** One problem found in a workbook; a whole-file refusal has no sheet or row. */
export interface ImportIssueData {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  value: string | null;
  code: string;
  message: string;
}

export interface ImportSheetData {
  name: string;
  kind: LedgerKind | null;
  skippedReason: string | null;
  headerRow: number | null;
  rowsRead: number;
  rowsImported: number;
}

export interface ImportReport {
  sheets: ImportSheetData[];
  errors: ImportIssueData[];
  warnings: ImportIssueData[];
}
