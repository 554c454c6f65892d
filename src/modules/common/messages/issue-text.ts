/** The values an issue message is built from, beside the issue's own place and value. */
export type IssueParams = Readonly<Record<string, string | number | null | undefined>>;

/** What every import issue carries (structurally the stored ImportIssueData). */
export interface IssueFields {
  sheet: string | null;
  row: number | null;
  column: string | null;
  header: string | null;
  value: string | null;
  code: string;
  /** The message as the pipeline built it (English); the fallback for codes not in the catalog. */
  message: string;
  params?: IssueParams | null;
}

/** What the batch knows around an issue: its sheets, and the batch an identical file matched. */
export interface IssueContext {
  sheets?: readonly {
    name: string;
    kind: string | null;
    skippedReason: string | null;
    rowsRead: number;
    columns?: readonly { column: string; ignoredReason: string | null }[];
  }[];
  identicalTo?: string | number | null;
}

/** An issue as a template sees it: its fields, its params (never undefined), the batch around. */
export interface IssueView extends IssueFields {
  p: IssueParams;
  context: IssueContext;
}

/** One code's message in each language. */
export interface IssueTexts {
  zh(issue: IssueView): string;
  en(issue: IssueView): string;
}

/** `「value」` — how a Chinese sentence quotes what the clerk typed. */
export function q(text: string | number | null | undefined): string {
  return `「${String(text ?? '')}」`;
}

/** The cell's value quoted, or a word for it when the issue has none. */
export function cellZh(issue: IssueView): string {
  return issue.value !== null && issue.value !== '' ? q(issue.value) : '此单元格的值';
}

export function cellEn(issue: IssueView): string {
  return issue.value !== null && issue.value !== '' ? `"${issue.value}"` : 'the cell';
}

/** The column by its header, or a word for it. */
export function headerZh(issue: IssueView): string {
  return issue.header ? `${q(issue.header)}列` : '此列';
}

export function headerEn(issue: IssueView): string {
  return issue.header ? `column "${issue.header}"` : 'the column';
}

/** A param when the call site gave it, else undefined (so `p(i, 'x') ?? …` picks a fallback). */
export function param(issue: IssueView, name: string): string | undefined {
  const value = issue.p[name];
  return value === null || value === undefined || value === '' ? undefined : String(value);
}

/** The sheet of the issue, as the report lists it. */
export function sheetOf(issue: IssueView) {
  return issue.context.sheets?.find((s) => s.name === issue.sheet);
}

/** The Chinese name of a ledger kind (EVENTS → 赛事活动). */
export const KIND_ZH: Readonly<Record<string, string>> = {
  EVENTS: '赛事活动',
  FACILITIES: '场地设施',
  RESULTS: '竞赛成绩',
  INDICATORS: '工作指标',
};
