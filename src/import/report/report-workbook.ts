import ExcelJS from 'exceljs';
import type { ImportIssueData, ImportReport } from '../../modules/import-batch/import-report';

export const ISSUES_SHEET = '导入问题';

const FILLS = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
} as const satisfies Record<string, ExcelJS.Fill>;
const LABELS = { error: '错误', warning: '警告' } as const;
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
 * Without an uploaded workbook (a committed batch, a CSV) the list is the whole workbook.
 */
export async function buildReportWorkbook(
  report: ImportReport,
  content: Buffer | null,
): Promise<Buffer> {
  const workbook = await loadUpload(content);
  const marked = new Map<string, Marked>();
  for (const severity of ['error', 'warning'] as const) {
    for (const issue of severity === 'error' ? report.errors : report.warnings) {
      mark(workbook, report, issue, severity, marked);
    }
  }
  for (const { cell, severity, lines } of marked.values()) {
    cell.fill = FILLS[severity];
    cell.note = [noteText(cell.note), ...lines].filter(Boolean).join('\n');
  }
  addIssuesSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadUpload(content: Buffer | null): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A zip is an .xlsx; a CSV has no cells to colour. A workbook exceljs cannot open in full (the
  // importer streams) still gets its list rather than no report at all.
  if (content && content.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    try {
      await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
    } catch {
      return new ExcelJS.Workbook();
    }
  }
  return workbook;
}

/** Where an issue points: its cell; a row's first cell; a column's header cell; else nowhere. */
function mark(
  workbook: ExcelJS.Workbook,
  report: ImportReport,
  issue: ImportIssueData,
  severity: Severity,
  marked: Map<string, Marked>,
): void {
  const sheet = issue.sheet === null ? undefined : workbook.getWorksheet(issue.sheet);
  const row = issue.row ?? report.sheets.find((s) => s.name === issue.sheet)?.headerRow ?? null;
  if (!sheet || row === null || (issue.row === null && issue.column === null)) {
    return;
  }
  const cell = sheet.getCell(`${issue.column ?? 'A'}${row}`);
  // A merged range shows its first cell only: the reasons of every row it spans gather there.
  const target = cell.isMerged ? cell.master : cell;
  const where = target.address === cell.address ? '' : `第${row}行 `;
  const key = `${issue.sheet}!${target.address}`;
  const entry = marked.get(key) ?? { cell: target, severity, lines: [] };
  entry.lines.push(`${where}${LABELS[severity]}（${issue.code}）：${issue.message}`);
  marked.set(key, entry);
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) {
    return '';
  }
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

function addIssuesSheet(workbook: ExcelJS.Workbook, report: ImportReport): void {
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
      LABELS[severity],
      issue.sheet,
      issue.row,
      issue.column,
      issue.header,
      issue.value,
      issue.code,
      issue.message,
    ]);
    row.getCell(1).fill = FILLS[severity];
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.autoFilter = { from: 'A1', to: `H${Math.max(1, rows.length + 1)}` };
}
