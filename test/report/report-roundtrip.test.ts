import ExcelJS from 'exceljs';
import { buildReportWorkbook } from '../../src/import/report/report-workbook';
import type { ImportReport } from '../../src/modules/import-batch/import-report';
import type { BatchJson } from '../../src/modules/import-batch/batch-json';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { postImport } from '../support/uploads';

// The correction loop (issue 10, item 4): the report marks only the bad cells, says why in the
// clerk's language, and the marked-up copy, fixed and uploaded again with its 导入问题 sheet
// still in it, imports as the fixed original would.

const RED = 'FFFFC7CE';
const fillOf = (cell: ExcelJS.Cell) =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');

async function load(content: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as ExcelJS.Buffer);
  return workbook;
}

/** A 完成时间 column whose cells all look alike (one shared style in the saved file). */
async function datesUpload(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('场地设施');
  sheet.addRow(['项目名称', '设施类型', '完成时间']);
  ['2021-03-01', '2021-13-05', '2021-05-01', '2021-06-01'].forEach((day, i) => {
    const row = sheet.addRow([
      `健身园${i + 1}`,
      '健身园',
      i === 1 ? '2021年13月5日' : new Date(day),
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const DATE_REPORT: ImportReport = {
  sheets: [
    {
      name: '场地设施',
      kind: null,
      skippedReason: null,
      headerRow: 1,
      rowsRead: 4,
      rowsImported: 0,
    },
  ],
  errors: [
    {
      sheet: '场地设施',
      row: 3,
      column: 'C',
      header: '完成时间',
      value: '2021年13月5日',
      code: 'INVALID_DATE',
      message: '"2021年13月5日" is not a valid calendar date',
    },
  ],
  warnings: [],
};

describe('the report workbook', () => {
  it('marks only the bad date, not the cells of its column that share its style', async () => {
    const sheet = (
      await load(await buildReportWorkbook(DATE_REPORT, await datesUpload()))
    ).getWorksheet('场地设施')!;
    expect(fillOf(sheet.getCell('C3'))).toBe(RED);
    expect(['C2', 'C4', 'C5', 'A3', 'C1'].map((a) => fillOf(sheet.getCell(a)))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // the date format of the marked cell is kept
    expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
  });

  it('writes its notes and 说明 column in Chinese, and in English when asked', async () => {
    const [zh, en] = await Promise.all(
      (['zh-CN', 'en'] as const).map(async (lang) =>
        load(await buildReportWorkbook(DATE_REPORT, await datesUpload(), lang)),
      ),
    );
    expect(noteOf(zh.getWorksheet('场地设施')!.getCell('C3'))).toBe(
      '错误（INVALID_DATE）：「2021年13月5日」不是有效的日历日期。',
    );
    expect(zh.getWorksheet('导入问题')!.getRow(2).values).toEqual([
      undefined,
      '错误',
      '场地设施',
      3,
      'C',
      '完成时间',
      '2021年13月5日',
      'INVALID_DATE',
      '「2021年13月5日」不是有效的日历日期。',
    ]);
    expect(noteOf(en.getWorksheet('场地设施')!.getCell('C3'))).toBe(
      'error (INVALID_DATE): "2021年13月5日" is not a valid calendar date',
    );
    // the list keeps its Chinese headings, by which an uploaded report's list is recognised
    expect(en.getWorksheet('导入问题')!.getRow(1).values).toContain('说明');
  });
});

describe('a marked-up report uploaded again', () => {
  let app: TestApp;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let first: BatchJson;
  let report: ExcelJS.Workbook;

  const ledger = (investment: unknown, year = 2061) => [
    {
      name: '场地设施',
      rows: [
        ['填报单位：祁县体育局'],
        [`年度：${year}`],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '完成时间'],
        [1, '东观镇健身园', '健身园', 3, investment, '2061年5月1日'],
        [2, '昌源河健身步道', '健身步道', 1, 120, '2061年6月1日'],
      ],
    },
  ];

  beforeAll(async () => {
    [app, scratch] = await Promise.all([startTestApp(), scratchDir('report-again')]);
    first = (await postImport(app, await writeWorkbook(scratch.file('台账.xlsx'), ledger('待定'))))
      .body;
    const response = await fetch(`${app.url}/imports/${first.id}/report.xlsx`);
    expect(response.status).toBe(200);
    report = await load(await response.arrayBuffer());
  });

  afterAll(async () => {
    await app?.stop();
    await scratch?.remove();
  });

  it('is refused for the same cells as the original while they are wrong, and for nothing else', async () => {
    expect(first.errors.map((e) => [e.sheet, `${e.column}${e.row}`, e.code])).toEqual([
      ['场地设施', 'E4', 'NOT_A_NUMBER'],
    ]);
    const file = scratch.file('台账-导入问题.xlsx');
    await report.xlsx.writeFile(file);
    const { body } = await postImport(app, file);
    expect(body.status).toBe('FAILED');
    expect(body.errors.map((e) => [e.sheet, `${e.column}${e.row}`, e.code])).toEqual([
      ['场地设施', 'E4', 'NOT_A_NUMBER'],
    ]);
  });

  it('imports, once fixed, the rows the fixed original gives, skipping its 导入问题 sheet', async () => {
    report.getWorksheet('场地设施')!.getCell('E4').value = 15;
    const file = scratch.file('台账-已改正.xlsx');
    await report.xlsx.writeFile(file);
    const { status, body } = await postImport(app, file);

    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'COMMITTED', errors: [], rowsImported: 2 });
    expect(body.sheets.map((s) => [s.name, s.kind, s.rowsImported])).toEqual([
      ['场地设施', 'FACILITIES', 2],
      ['导入问题', null, 0],
    ]);
    const rows = await app.sql(
      `select name, quantity, investment_yuan::float as yuan, completed_on::text as day
       from facility where batch_id = ? order by row`,
      [Number(body.id)],
    );
    expect(rows).toEqual([
      { name: '东观镇健身园', quantity: 3, yuan: 150_000, day: '2061-05-01' },
      { name: '昌源河健身步道', quantity: 1, yuan: 1_200_000, day: '2061-06-01' },
    ]);
  });
});
