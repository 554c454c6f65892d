import ExcelJS from 'exceljs';
import { buildReportWorkbook } from '../../src/import/report/report-workbook';
import { issueMessage } from '../../src/modules/common/messages/issue-messages';
import type { ImportIssueData, ImportReport } from '../../src/modules/import-batch/import-report';

const issue = (fields: Partial<ImportIssueData> & { code: string }): ImportIssueData => ({
  sheet: '场地设施',
  row: null,
  column: null,
  header: null,
  value: null,
  message: `${fields.code} message`,
  ...fields,
});

async function upload(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('场地设施');
  sheet.addRow(['项目名称', '所属地区', '投资额']);
  sheet.addRow(['体育公园', '祁县', '待定']);
  sheet.addRow(['健身园', '祁县', 20]);
  sheet.addRow(['步道', '介休市', 5]);
  sheet.mergeCells('B2:B3');
  sheet.getCell('A3').note = 'a note the clerk wrote';
  workbook.addWorksheet('导入问题').addRow(['an old list']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function build(report: ImportReport, content: Buffer | null): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await buildReportWorkbook(report, content)) as unknown as ExcelJS.Buffer,
  );
  return workbook;
}

/** The note line of the report's issue `code`, its message in Chinese as the catalog says it. */
const line = (label: '错误' | '警告', code: string) => {
  const found = [...REPORT.errors, ...REPORT.warnings].find((i) => i.code === code)!;
  return `${label}（${code}）：${issueMessage(found, 'zh-CN', { sheets: REPORT.sheets })}`;
};

const noteOf = (cell: ExcelJS.Cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
const fillOf = (cell: ExcelJS.Cell) =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

const REPORT: ImportReport = {
  sheets: [
    {
      name: '场地设施',
      kind: null,
      skippedReason: null,
      headerRow: 1,
      rowsRead: 3,
      rowsImported: 0,
    },
  ],
  errors: [
    issue({ code: 'IMPORT_FAILED', sheet: null }),
    issue({ code: 'NOT_A_NUMBER', row: 2, column: 'C' }),
    issue({ code: 'TOO_BIG', row: 2, column: 'C' }),
    issue({ code: 'REGION_OUTSIDE_SCOPE', row: 3, column: 'B' }),
    issue({ code: 'YEAR_REQUIRED', row: 3 }),
  ],
  warnings: [
    issue({ code: 'APPROXIMATE_VALUE', row: 2, column: 'C' }),
    issue({ code: 'UNIT_ASSUMED', column: 'C' }),
    issue({ code: 'SHEET_SKIPPED', sheet: '说明' }),
  ],
};

describe('the report workbook', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await build(REPORT, await upload());
  });

  it('gathers the issues of one cell in one note, red when one is an error', () => {
    const cell = workbook.getWorksheet('场地设施')!.getCell('C2');
    expect(fillOf(cell)).toBe('FFFFC7CE');
    expect(noteOf(cell).split('\n')).toEqual([
      line('错误', 'NOT_A_NUMBER'),
      // a code the catalog does not know keeps the pipeline's sentence
      '错误（TOO_BIG）：TOO_BIG message',
      line('警告', 'APPROXIMATE_VALUE'),
    ]);
  });

  it('puts an issue of a merged cell on the range’s first cell, naming the row', () => {
    const cell = workbook.getWorksheet('场地设施')!.getCell('B2');
    expect(noteOf(cell)).toBe(`第3行 ${line('错误', 'REGION_OUTSIDE_SCOPE')}`);
  });

  it('marks a row’s issue on its first cell, keeping the note already there', () => {
    const cell = workbook.getWorksheet('场地设施')!.getCell('A3');
    expect(noteOf(cell)).toBe(`a note the clerk wrote\n${line('错误', 'YEAR_REQUIRED')}`);
  });

  it('marks a column’s issue on its header cell', () => {
    const cell = workbook.getWorksheet('场地设施')!.getCell('C1');
    expect(fillOf(cell)).toBe('FFFFEB9C');
    expect(noteOf(cell)).toContain('UNIT_ASSUMED');
  });

  it('lists every issue, whole-file ones included, in a fresh 导入问题 sheet', () => {
    const sheet = workbook.getWorksheet('导入问题')!;
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['场地设施', '导入问题']);
    const codes = (sheet.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[7]]);
    expect(codes).toEqual([
      ...REPORT.errors.map((e) => ['错误', e.code]),
      ...REPORT.warnings.map((w) => ['警告', w.code]),
    ]);
  });

  it('lists the issues alone for an upload that is not a workbook', async () => {
    const csv = await build(REPORT, Buffer.from('项目名称,投资额\r\n体育公园,待定\r\n'));
    expect(csv.worksheets.map((s) => s.name)).toEqual(['导入问题']);
  });
});
