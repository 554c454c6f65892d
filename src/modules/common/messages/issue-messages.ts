import { CELL_ISSUES } from './cell-issues';
import { FILE_ISSUES } from './file-issues';
import type { IssueContext, IssueFields, IssueTexts, IssueView } from './issue-text';
import type { Lang } from './lang';
import { phrase } from './phrases';
import { SHEET_ISSUES } from './sheet-issues';

const CATALOG: Readonly<Record<string, IssueTexts>> = {
  ...FILE_ISSUES,
  ...SHEET_ISSUES,
  ...CELL_ISSUES,
};

/** Every code the catalog can say in Chinese. */
export const CATALOG_CODES: readonly string[] = Object.keys(CATALOG);

/**
 * An issue's message in the reader's language, built when the batch is read (so one stored batch
 * reads in Chinese for a clerk and in English for a script). Chinese comes from the catalog, from
 * the issue's params and its own place and value; English is the pipeline's own sentence, which
 * carries every detail. A code the catalog lacks, and a report stored before it, keep that sentence.
 */
export function issueMessage(issue: IssueFields, lang: Lang, context: IssueContext = {}): string {
  const texts = Object.hasOwn(CATALOG, issue.code) ? CATALOG[issue.code] : undefined;
  if (!texts || (lang === 'en' && issue.message)) {
    return issue.message;
  }
  const view: IssueView = { ...issue, p: issue.params ?? {}, context };
  try {
    return lang === 'en' ? texts.en(view) : texts.zh(view);
  } catch {
    // a template must never cost the clerk the report: the stored sentence is still true
    return issue.message;
  }
}

/** The issue with its message in the reader's language. */
export function localizeIssue<T extends IssueFields>(
  issue: T,
  lang: Lang,
  context: IssueContext = {},
): T {
  return { ...issue, message: issueMessage(issue, lang, context) };
}

/** A sheet with its skipped reason and its columns' ignored reasons in the reader's language. */
export function localizeSheet<
  T extends {
    skippedReason: string | null;
    columns?: readonly { ignoredReason: string | null }[];
  },
>(sheet: T, lang: Lang): T {
  return {
    ...sheet,
    skippedReason: phrase(sheet.skippedReason, lang),
    ...(sheet.columns && {
      columns: sheet.columns.map((c) => ({ ...c, ignoredReason: phrase(c.ignoredReason, lang) })),
    }),
  };
}
