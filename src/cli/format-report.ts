import type { ImportIssueData } from '../modules/import-batch/import-report';
import type { BatchJson } from '../modules/import-batch/batch-json';

/** The batch report as a clerk reads it in a terminal: `场地设施!F5 投资额: "待定" is not a number`. */
export function formatReport(batch: BatchJson): string {
  const lines = [`${batch.fileName}: batch ${batch.id} ${describe(batch)}`];
  for (const sheet of batch.sheets) {
    lines.push(
      sheet.skippedReason
        ? `  sheet ${sheet.name}: skipped (${sheet.skippedReason})`
        : `  sheet ${sheet.name}: ${sheet.kind}, header at row ${sheet.headerRow}, ${sheet.rowsRead} rows read, ${sheet.rowsImported} imported`,
    );
  }
  if (batch.errors.length > 0) {
    lines.push(
      `  ${batch.errors.length} error(s):`,
      ...batch.errors.map((e) => `    ${formatIssue(e)}`),
    );
  }
  if (batch.warnings.length > 0) {
    lines.push(
      `  ${batch.warnings.length} warning(s):`,
      ...batch.warnings.map((w) => `    ${formatIssue(w)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function describe(batch: BatchJson): string {
  if (batch.identicalTo) {
    return `changed nothing: the same file is batch ${batch.identicalTo.id}`;
  }
  const scope = [batch.region?.fullName, batch.year].filter(Boolean).join(' ');
  const replaced = batch.replaces ? `, replacing batch ${batch.replaces.id}` : '';
  const what: Record<string, string> = {
    COMMITTED: `committed, ${batch.rowsImported} rows${replaced}`,
    VALIDATED: 'validated (dry run): nothing was written',
    FAILED: 'rejected: nothing was written',
  };
  return `${what[batch.status] ?? batch.status}${scope ? ` (${scope})` : ''}`;
}

export function formatIssue(issue: ImportIssueData): string {
  const cell = issue.sheet ? `${issue.sheet}!${issue.column ?? ''}${issue.row ?? ''}` : '';
  const header = issue.header ? ` ${issue.header}` : '';
  const where = cell || header ? `${cell}${header}: ` : '';
  return `${where}${issue.message} [${issue.code}]`;
}
