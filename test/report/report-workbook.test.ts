import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { BatchJson } from '../../src/modules/import-batch/batch-json';
import { fixturePath } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

let app: TestApp;
let batch: BatchJson;
let report: ExcelJS.Workbook;

async function upload(file: string, fields: Record<string, string> = {}): Promise<BatchJson> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([await readFile(file)]), file.split('/').pop());
  const response = await app.fetch('/imports', { method: 'POST', body: form });
  return (await response.json()) as BatchJson;
}

async function download(id: string): Promise<Response> {
  return app.fetch(`/imports/${id}/report.xlsx`);
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook;
}

const fillOf = (cell: ExcelJS.Cell) =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');

beforeAll(async () => {
  app = await startTestApp();
  batch = await upload(fixturePath('bad/cell-errors.xlsx'));
  const response = await download(batch.id);
  expect(response.status).toBe(200);
  report = await workbookOf(response);
});

afterAll(() => app?.stop());

describe('GET /imports/{id}/report.xlsx', () => {
  it('marks the bad cell of a rejected upload red, with the reason in a note', () => {
    expect(batch.status).toBe('FAILED');
    const cell = report.getWorksheet('场地设施')!.getCell('F5');
    expect(fillOf(cell)).toBe(RED);
    expect(noteOf(cell)).toContain('待定');
  });

  it.each([
    ['场地设施', 'B6'],
    ['场地设施', 'G7'],
    ['场地设施', 'E8'],
    ['场地设施', 'C9'],
    ['场地设施', 'F10'],
    ['竞赛成绩', 'F4'],
    ['工作指标', 'B4'],
  ])('marks %s!%s red with a note', (sheet, address) => {
    const cell = report.getWorksheet(sheet)!.getCell(address);
    expect(fillOf(cell)).toBe(RED);
    expect(noteOf(cell)).toMatch(/^错误/);
  });

  it('marks a cell with only a warning yellow', () => {
    const cell = report.getWorksheet('场地设施')!.getCell('D11');
    expect(fillOf(cell)).toBe(YELLOW);
    expect(noteOf(cell)).toContain('游乐场');
  });

  it('leaves the correct row alone', () => {
    const row = report.getWorksheet('场地设施')!.getRow(4);
    row.eachCell((cell) => expect(fillOf(cell)).toBeUndefined());
  });

  it('lists every error and warning of the batch in the 导入问题 sheet, with a filter', () => {
    const sheet = report.getWorksheet('导入问题')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '类型',
      '工作表',
      '行',
      '列',
      '表头',
      '值',
      '代码',
      '说明',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const listed = (type: string) =>
      rows.filter((r) => r[1] === type).map((r) => [r[2], r[3] ?? null, r[4] ?? null, r[7]]);
    const expected = (issues: BatchJson['errors']) =>
      issues.map((i) => [i.sheet, i.row, i.column, i.code]);
    expect(listed('错误')).toEqual(expected(batch.errors));
    expect(listed('警告')).toEqual(expected(batch.warnings));
    expect(batch.errors).toHaveLength(8);
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('gives a committed batch its issues as a workbook of one sheet', async () => {
    const committed = await upload(fixturePath('hedong-2022.xlsx'));
    expect(committed.status).toBe('COMMITTED');
    const workbook = await workbookOf(await download(committed.id));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['导入问题']);
    expect(workbook.worksheets[0].rowCount).toBe(
      1 + committed.errors.length + committed.warnings.length,
    );
  });

  it('gives a CSV upload, which has no cells to colour, its issues alone', async () => {
    const csv = path.join(await mkdtemp(path.join(tmpdir(), 'report-')), '活动.csv');
    await writeFile(csv, '活动名称,所属地区,参与人数\r\n篮球赛,祁县,-5\r\n');
    const rejected = await upload(csv, { region: '140700', year: '2021' });
    expect(rejected.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'C', code: 'NEGATIVE_NUMBER' }),
    ]);
    const workbook = await workbookOf(await download(rejected.id));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['导入问题']);
    expect(workbook.worksheets[0].getRow(2).getCell(7).value).toBe('NEGATIVE_NUMBER');
  });

  it('refuses with 413 to mark up an upload over 20 MB', async () => {
    const [big] = await app.sql<{ id: number }>(
      `insert into import_batch (file_name, sha256, status, created_at, report, content)
       values ('big.xlsx', 'x', 'FAILED', now(), '{"sheets":[],"errors":[],"warnings":[]}',
         convert_to(repeat('x', 21 * 1024 * 1024), 'UTF8')) returning id`,
    );
    const response = await download(String(big.id));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'REPORT_TOO_LARGE' } });
  });

  it.each(['999999', 'abc', '99999999999'])('answers 404 for batch %s', async (id) => {
    const response = await download(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: expect.any(String) },
    });
  });
});
