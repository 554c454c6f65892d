import ExcelJS from 'exceljs';
import { inspectZipBuffer, type InspectLimits } from '../read/inspect-file';
import { DEFAULT_LANG, type Lang } from '../../modules/common/messages/lang';
import { reportWords, type ReportWords } from '../../modules/common/messages/report-texts';
import type { ImportIssueData, ImportReport } from '../../modules/import-batch/import-report';
import { localizeReport, type LocalizedReport } from '../../modules/import-batch/localized-report';
import { ISSUES_SHEET } from './issues-sheet';

const FILLS = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
} as const satisfies Record<string, ExcelJS.Fill>;
// The list's headings stay Chinese in every language: they are how an uploaded report's list is
// recognised and skipped (locate/sheet-kinds.ts), whoever downloaded it.
const ISSUE_COLUMNS = [
  ['类型', 8],
  ['工作表', 16],
  ['行', 6],
  ['列', 6],
  ['表头', 16],
  ['值', 20],
  ['代码', 24],
  ['说明', 80],
] as const;

type Severity = keyof typeof FILLS;
type Marked = { cell: ExcelJS.Cell; severity: Severity; lines: string[] };

/**
 * The clerk's copy of a failed upload: every cell an issue names is filled (red for errors,
 * yellow for warnings) with a note giving the reasons, and a 导入问题 sheet lists every issue.
 * Without an uploaded workbook (a committed batch, a CSV) the list is the whole workbook. Notes
 * and the 说明 column are in `lang`. exceljs builds the whole upload in memory, so the upload is
 * first inflated part by part under `limits` (a stored batch may predate a limit): past one, the
 * ImportRefusal is thrown and nothing is loaded.
 */
export async function buildReportWorkbook(
  report: ImportReport,
  content: Buffer | null,
  lang: Lang = DEFAULT_LANG,
  limits?: InspectLimits,
): Promise<Buffer> {
  if (limits && content && isZip(content)) {
    await inspectZipBuffer(content, limits);
  }
  const workbook = await loadUpload(content);
  const read = localizeReport(report, lang);
  const words = reportWords(lang);
  const marked = new Map<string, Marked>();
  for (const severity of ['error', 'warning'] as const) {
    for (const issue of severity === 'error' ? read.errors : read.warnings) {
      mark(workbook, read, issue, severity, marked, words);
    }
  }
  for (const { cell, severity, lines } of marked.values()) {
    // exceljs shares one style object among the cells of a loaded workbook that look alike (a
    // date column): filling it would paint them all. The cell gets a copy of its own.
    cell.style = { ...cell.style, fill: FILLS[severity] };
    cell.note = [...ownNote(cell.note), ...lines].join('\n');
  }
  addIssuesSheet(workbook, read, words);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadUpload(content: Buffer | null): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A zip is an .xlsx; a CSV has no cells to colour. A workbook exceljs cannot open in full (the
  // importer streams) still gets its list rather than no report at all.
  if (content && isZip(content)) {
    try {
      await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    } catch {
      return new ExcelJS.Workbook();
    }
  }
  return workbook;
}

function isZip(content: Buffer): boolean {
  return content.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
}

/** Where an issue points: its cell; a row's first cell; a column's header cell; else nowhere. */
function mark(
  workbook: ExcelJS.Workbook,
  report: LocalizedReport,
  issue: ImportIssueData,
  severity: Severity,
  marked: Map<string, Marked>,
  words: ReportWords,
): void {
  const sheet = issue.sheet === null ? undefined : workbook.getWorksheet(issue.sheet);
  const row = issue.row ?? report.sheets.find((s) => s.name === issue.sheet)?.headerRow ?? null;
  if (!sheet || row === null || (issue.row === null && issue.column === null)) {
    return;
  }
  const cell = sheet.getCell(`${issue.column ?? 'A'}${row}`);
  // A merged range shows its first cell only: the reasons of every row it spans gather there.
  const target = cell.isMerged ? cell.master : cell;
  const where = target.address === cell.address ? '' : words.rowOf(row);
  const key = `${issue.sheet}!${target.address}`;
  const entry = marked.get(key) ?? { cell: target, severity, lines: [] };
  entry.lines.push(`${where}${words.noteLine(severity, issue.code, issue.message)}`);
  marked.set(key, entry);
}

// A line of a note a report wrote (on a report uploaded again): `错误（CODE）：…`, `第3行 警告（…`.
const OUR_LINE =
  /^(第\d+行 |row \d+: )?(错误（[A-Z0-9_]+）：|警告（[A-Z0-9_]+）：|(error|warning) \([A-Z0-9_]+\): )/;

/** The clerk's own lines of a cell's note, without the reasons an earlier report wrote there. */
function ownNote(note: ExcelJS.Comment | string | undefined): string[] {
  if (!note) {
    return [];
  }
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  return text.split('\n').filter((line) => line !== '' && !OUR_LINE.test(line));
}

function addIssuesSheet(
  workbook: ExcelJS.Workbook,
  report: LocalizedReport,
  words: ReportWords,
): void {
  // A report uploaded again, fixed, and failing again: its old list gives way to the new one.
  const old = workbook.getWorksheet(ISSUES_SHEET);
  if (old) {
    workbook.removeWorksheet(old.id);
  }
  const sheet = workbook.addWorksheet(ISSUES_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = ISSUE_COLUMNS.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  const rows = [
    ...report.errors.map((issue) => ({ issue, severity: 'error' as const })),
    ...report.warnings.map((issue) => ({ issue, severity: 'warning' as const })),
  ];
  for (const { issue, severity } of rows) {
    const row = sheet.addRow([
      words.severity[severity],
      issue.sheet,
      issue.row,
      issue.column,
      issue.header,
      issue.value,
      issue.code,
      issue.message,
    ]);
    row.getCell(1).style = { ...row.getCell(1).style, fill: FILLS[severity] };
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: 'A1', to: `H${Math.max(1, rows.length + 1)}` };
}
