import { DEFAULT_LANG, type Lang } from '../modules/common/messages/lang';
import { reportWords, type ReportWords } from '../modules/common/messages/report-texts';
import type { ImportIssueData } from '../modules/import-batch/import-report';
import type { BatchJson } from '../modules/import-batch/batch-json';

/**
 * The batch report as a clerk reads it in a terminal, in `lang` (the batch's messages already
 * are): `场地设施!F5 投资额: 「待定」不是数字…… [NOT_A_NUMBER]`.
 */
export function formatReport(batch: BatchJson, lang: Lang = DEFAULT_LANG): string {
  const words = reportWords(lang);
  const lines = [words.headline(batch.fileName, batch.id, describe(batch, words))];
  for (const sheet of batch.sheets) {
    lines.push(
      `  ${sheet.skippedReason ? words.sheetSkipped(sheet.name, sheet.skippedReason) : words.sheetRead(sheet)}`,
    );
  }
  const chosen = batch.columnMappings.filter((m) => m.source !== 'SPEC');
  if (chosen.length > 0) {
    lines.push(
      `  ${words.mappingsApplied}`,
      ...chosen.map((m) => `    ${m.sheet}: ${m.header} → ${m.field} (${m.source})`),
    );
  }
  for (const severity of ['error', 'warning'] as const) {
    const issues = severity === 'error' ? batch.errors : batch.warnings;
    if (issues.length > 0) {
      lines.push(
        `  ${words.count(issues.length, severity)}`,
        ...issues.map((issue) => `    ${formatIssue(issue)}`),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function describe(batch: BatchJson, words: ReportWords): string {
  if (batch.identicalTo) {
    return words.identical(batch.identicalTo.id);
  }
  const scope = [batch.region?.fullName, batch.year].filter(Boolean).join(' ');
  const what: Record<string, string> = {
    COMMITTED: words.committed(batch.rowsImported, batch.replaces?.id ?? null),
    VALIDATED: words.validated,
    FAILED: words.rejected,
  };
  return `${what[batch.status] ?? batch.status}${scope ? ` (${scope})` : ''}`;
}

export function formatIssue(issue: ImportIssueData): string {
  const cell = issue.sheet ? `${issue.sheet}!${issue.column ?? ''}${issue.row ?? ''}` : '';
  const header = issue.header ? ` ${issue.header}` : '';
  const where = cell || header ? `${cell}${header}: ` : '';
  return `${where}${issue.message} [${issue.code}]`;
}
