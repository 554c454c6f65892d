import { localizeIssue, localizeSheet } from '../common/messages/issue-messages';
import type { Lang } from '../common/messages/lang';
import type {
  AppliedColumnMappingData,
  ImportColumnData,
  ImportIssueData,
  ImportReport,
  ImportSheetData,
} from './import-report';

// The language is chosen when a batch is read, not when it is imported: the stored report keeps
// codes, params and the pipeline's sentences, and each reader gets them said in their language.
// Reports stored before columns, mappings and row values were kept read as empty lists and nulls.

export type ReadSheet = ImportSheetData & { columns: ImportColumnData[] };
export type ReadIssue = ImportIssueData & { rowValues: (string | null)[] | null };

/** A stored report as one reader reads it: every list present, every sentence in their language. */
export interface LocalizedReport {
  sheets: ReadSheet[];
  errors: ReadIssue[];
  warnings: ReadIssue[];
  columnMappings: AppliedColumnMappingData[];
}

export function readSheets(report: ImportReport, lang: Lang): ReadSheet[] {
  return report.sheets.map((s) => ({ ...localizeSheet(s, lang), columns: s.columns ?? [] }));
}

/** The errors or warnings of a report; `identicalTo` lets IDENTICAL_FILE name that batch. */
export function readIssues(
  report: ImportReport,
  list: 'errors' | 'warnings',
  lang: Lang,
  identicalTo: number | string | null = null,
): ReadIssue[] {
  const context = { sheets: report.sheets, identicalTo };
  return report[list].map((issue) => ({
    ...localizeIssue(issue, lang, context),
    rowValues: issue.rowValues ?? null,
  }));
}

export function localizeReport(
  report: ImportReport,
  lang: Lang,
  identicalTo: number | string | null = null,
): LocalizedReport {
  return {
    sheets: readSheets(report, lang),
    errors: readIssues(report, 'errors', lang, identicalTo),
    warnings: readIssues(report, 'warnings', lang, identicalTo),
    columnMappings: report.columnMappings ?? [],
  };
}
