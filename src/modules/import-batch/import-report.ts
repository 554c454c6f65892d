import type { LedgerKind } from '../common/enums';
import type { IssueFields } from '../common/messages/issue-text';

/**
 * One problem found in a workbook; a whole-file refusal has no sheet or row. Its place, code,
 * message and params (what the message is built from, so it can be said in the reader's
 * language when the batch is read) are the catalog's IssueFields.
 */
export interface ImportIssueData extends IssueFields {
  /** The row as the clerk wrote it, one text per column (A first); null for non-row issues. */
  rowValues?: (string | null)[] | null;
}

export interface ImportSheetData {
  name: string;
  kind: LedgerKind | null;
  skippedReason: string | null;
  headerRow: number | null;
  rowsRead: number;
  rowsImported: number;
  /** How each header was understood; absent in reports written before columns were listed. */
  columns?: ImportColumnData[];
}

/** One header of a sheet and what the importer made of it. */
export interface ImportColumnData {
  header: string;
  /** Column letter (A, B, … AA). */
  column: string;
  /** The ledger-spec key it was mapped to; null when ignored. */
  field: string | null;
  /** The unit read from the header (万元, ㎡ …), if any. */
  unit: string | null;
  /** Why the column was ignored (a note or identifier column, mapped to ignore …). */
  ignoredReason: string | null;
}

/** Where a header's meaning came from: the spec's words, a synonym by meaning, memory, the clerk. */
export type MappingSource = 'SPEC' | 'SYNONYM' | 'REMEMBERED' | 'REQUEST';

export interface AppliedColumnMappingData {
  sheet: string;
  header: string;
  field: string;
  source: MappingSource;
}

/** A (region, year, kind) the batch's rows cover: what a commit replaces (decisions §4). */
export interface ImportScopeData {
  regionCode: string;
  year: number;
  kind: LedgerKind;
  rows: number;
}

export interface ImportReport {
  sheets: ImportSheetData[];
  errors: ImportIssueData[];
  warnings: ImportIssueData[];
  /** Every header → field mapping the import applied, and where it came from (absent in old reports). */
  columnMappings?: AppliedColumnMappingData[];
  /** The scopes its rows cover, once read without errors (absent in old and refused reports). */
  scopes?: ImportScopeData[];
}
