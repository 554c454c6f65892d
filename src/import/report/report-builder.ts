import type {
  AppliedColumnMappingData,
  ImportIssueData,
  ImportReport,
  ImportScopeData,
  ImportSheetData,
} from '../../modules/import-batch/import-report';

/** Past this many, errors (and warnings) are counted rather than listed, so a report stays readable. */
export const MAX_LISTED_ISSUES = 5000;

/** Collects the batch report: every sheet, every error and warning, in the order found. */
export class ReportBuilder {
  readonly sheets: ImportSheetData[] = [];
  readonly errors: ImportIssueData[] = [];
  readonly warnings: ImportIssueData[] = [];
  /** Every header → field mapping applied, with where it came from. */
  readonly columnMappings: AppliedColumnMappingData[] = [];
  /** The scopes the rows cover; set once the rows are read without errors. */
  scopes: ImportScopeData[] = [];
  errorCount = 0;
  private warningCount = 0;
  private readonly once = new Set<string>();

  error(issue: Partial<ImportIssueData> & { code: string; message: string }): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_LISTED_ISSUES) {
      this.errors.push(complete(issue));
    }
  }

  warning(issue: Partial<ImportIssueData> & { code: string; message: string }): void {
    this.warningCount += 1;
    if (this.warnings.length < MAX_LISTED_ISSUES) {
      this.warnings.push(complete(issue));
    }
  }

  /** A warning that concerns a whole column (unit assumed): reported once per sheet and column. */
  warningOnce(
    key: string,
    issue: Partial<ImportIssueData> & { code: string; message: string },
  ): void {
    if (!this.once.has(key)) {
      this.once.add(key);
      this.warning(issue);
    }
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  build(): ImportReport {
    const errors = [...this.errors];
    const warnings = [...this.warnings];
    if (this.errorCount > errors.length) {
      errors.push(
        complete({
          code: 'TOO_MANY_ERRORS',
          message: `${this.errorCount - errors.length} more errors are not listed`,
          params: { count: this.errorCount - errors.length },
        }),
      );
    }
    if (this.warningCount > warnings.length) {
      warnings.push(
        complete({
          code: 'TOO_MANY_WARNINGS',
          message: `${this.warningCount - warnings.length} more warnings are not listed`,
          params: { count: this.warningCount - warnings.length },
        }),
      );
    }
    const { sheets, columnMappings, scopes } = this;
    return { sheets, errors, warnings, columnMappings, scopes };
  }
}

function complete(
  issue: Partial<ImportIssueData> & { code: string; message: string },
): ImportIssueData {
  return {
    sheet: issue.sheet ?? null,
    row: issue.row ?? null,
    column: issue.column ?? null,
    header: issue.header ?? null,
    value: issue.value ?? null,
    code: issue.code,
    message: issue.message,
    ...(issue.rowValues ? { rowValues: issue.rowValues } : {}),
    ...(issue.params ? { params: issue.params } : {}),
  };
}

/** The report with a whole-file issue first (a refusal, or an import that stopped). */
export function withFileIssue(
  report: ReportBuilder,
  code: string,
  message: string,
  params: ImportIssueData['params'] = null,
): ImportReport {
  const built = report.build();
  const issue = complete({ code, message, params });
  return { ...built, errors: [issue, ...built.errors] };
}
