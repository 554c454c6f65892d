import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { AcceptanceImportLedgerDocument } from '../../support/generated/graphql';
import { scratchDir, writeWorkbook } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { gqlUploadData } from '../../support/uploads';

// What a clerk typed is what is stored, whichever way rows travel to the database: facilities
// go by COPY (text format, with its escapes), results by INSERT … SELECT from JSON.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('stored-values')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

// Backslashes (COPY's escape character, and its null marker \N), quotes, braces and commas
// (array syntax), a character outside the BMP, and Chinese text.
const AWKWARD = [
  String.raw`左权县\N`,
  String.raw`C:\台账\2024`,
  '"龙泉"健身园, {一期}',
  '莲花山🏃步道',
  String.raw`\\双斜杠\\`,
];

it('stores awkward text, approximate figures, empty cells and dates exactly (COPY path)', async () => {
  const file = await writeWorkbook(scratch.file('zuoquan-2024.xlsx'), [
    {
      name: '场地设施',
      rows: [
        ['左权县2024年体育场地设施台账'],
        ['填报单位：左权县体育局'],
        ['年度：2024'],
        ['序号', '项目名称', '设施类型', '数量', '投资额（万元）', '地址', '备注', '建成日期'],
        [1, AWKWARD[0], '健身园', 1, '约12.5', AWKWARD[1], AWKWARD[2], '2024年5月'],
        [2, AWKWARD[3], '健身步道', 2, 30, null, AWKWARD[4], new Date(Date.UTC(2024, 6, 1))],
        [3, '寒王乡健身园', '健身园', '3个', null, '—', null, null],
      ],
    },
  ]);

  const batch = (await gqlUploadData(app, AcceptanceImportLedgerDocument, file, {})).importLedger;

  expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], rowsImported: 3 });
  const rows = await app.sql(
    `select row, name, quantity, investment_yuan, address, notes, approximate_fields,
            to_char(completed_on, 'YYYY-MM-DD') as completed_on, completed_precision,
            region_code, scope_region_code, year, current
     from facility where batch_id = ? order by row`,
    [Number(batch.id)],
  );
  expect(rows).toEqual([
    {
      row: 5,
      name: AWKWARD[0],
      quantity: 1,
      investment_yuan: 125_000,
      address: AWKWARD[1],
      notes: AWKWARD[2],
      approximate_fields: ['investmentYuan'],
      completed_on: '2024-05-01',
      completed_precision: 'MONTH',
      region_code: '140722',
      scope_region_code: '140722',
      year: 2024,
      current: true,
    },
    {
      row: 6,
      name: AWKWARD[3],
      quantity: 2,
      investment_yuan: 300_000,
      address: null,
      notes: AWKWARD[4],
      approximate_fields: [],
      completed_on: '2024-07-01',
      completed_precision: 'DAY',
      region_code: '140722',
      scope_region_code: '140722',
      year: 2024,
      current: true,
    },
    {
      row: 7,
      name: '寒王乡健身园',
      quantity: 3,
      investment_yuan: null,
      address: null,
      notes: null,
      approximate_fields: [],
      completed_on: null,
      completed_precision: null,
      region_code: '140722',
      scope_region_code: '140722',
      year: 2024,
      current: true,
    },
  ]);
});

it('stores awkward text exactly on the JSON path too (results)', async () => {
  const file = await writeWorkbook(scratch.file('zuoquan-results-2024.xlsx'), [
    {
      name: '竞赛成绩',
      rows: [
        ['左权县2024年竞技体育成绩台账'],
        ['填报单位：左权县体育局'],
        ['年度：2024'],
        ['序号', '赛事名称', '项目', '金牌', '银牌', '铜牌', '备注'],
        [1, AWKWARD[2], AWKWARD[1], 1, 0, 2, AWKWARD[0]],
        [2, AWKWARD[2], AWKWARD[3], 0, 1, 0, AWKWARD[4]],
      ],
    },
  ]);

  const batch = (await gqlUploadData(app, AcceptanceImportLedgerDocument, file, {})).importLedger;

  expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], rowsImported: 2 });
  const rows = await app.sql(
    `select r.row, c.name as competition, r.sport, r.notes, r.gold, r.silver, r.bronze
     from result r join competition c on c.id = r.competition_id
     where r.batch_id = ? order by r.row`,
    [Number(batch.id)],
  );
  expect(rows).toEqual([
    {
      row: 5,
      competition: AWKWARD[2],
      sport: AWKWARD[1],
      notes: AWKWARD[0],
      gold: 1,
      silver: 0,
      bronze: 2,
    },
    {
      row: 6,
      competition: AWKWARD[2],
      sport: AWKWARD[3],
      notes: AWKWARD[4],
      gold: 0,
      silver: 1,
      bronze: 0,
    },
  ]);
});

// Streaming writers (exceljs's among them) store text inline, with no shared-strings part: the
// reading thread then tells exceljs there are none to wait for, and it reads the sheet straight
// from the zip instead of copying it to a temporary file first.
it('stores the text of a workbook without shared strings exactly', async () => {
  const file = scratch.file('inline-2024.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
  });
  const sheet = writer.addWorksheet('场地设施');
  const rows = [
    ['左权县2024年体育场地设施台账'],
    ['填报单位：左权县体育局'],
    ['年度：2024'],
    ['序号', '项目名称', '设施类型', '数量', '地址', '备注'],
    [1, AWKWARD[0], '健身园', 1, AWKWARD[1], AWKWARD[2]],
    [2, AWKWARD[3], '健身步道', 2, '寒王乡', AWKWARD[4]],
  ];
  rows.forEach((row) => sheet.addRow(row).commit());
  sheet.commit();
  await writer.commit();

  const batch = (await gqlUploadData(app, AcceptanceImportLedgerDocument, file, {})).importLedger;

  expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], rowsImported: 2 });
  const stored = await app.sql(
    'select name, type, quantity, address, notes from facility where batch_id = ? order by row',
    [Number(batch.id)],
  );
  expect(stored).toEqual([
    {
      name: AWKWARD[0],
      type: 'FITNESS_GARDEN',
      quantity: 1,
      address: AWKWARD[1],
      notes: AWKWARD[2],
    },
    { name: AWKWARD[3], type: 'FITNESS_TRAIL', quantity: 2, address: '寒王乡', notes: AWKWARD[4] },
  ]);
});

// exceljs copies each sheet it meets before the shared strings (Excel's order, and exceljs's
// own) to a temporary file, deleted as its thread ends: stopping the reading thread must let it.
it('leaves no temporary copy of a sheet behind', async () => {
  const ours = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));
  const before = await ours();
  const file = await writeWorkbook(scratch.file('shared-strings-2024.xlsx'), [
    {
      name: '场地设施',
      rows: [
        ['左权县2024年体育场地设施台账'],
        ['填报单位：左权县体育局'],
        ['年度：2024'],
        ['序号', '项目名称', '设施类型', '数量'],
        [1, '寒王乡健身园', '健身园', 1],
      ],
    },
  ]);

  // Dry runs, so that every one reads the file; the thread used to be stopped before exceljs
  // had deleted its last copy, now and then.
  for (let i = 0; i < 10; i += 1) {
    const batch = (await gqlUploadData(app, AcceptanceImportLedgerDocument, file, { dryRun: true }))
      .importLedger;
    expect(batch).toMatchObject({ status: 'VALIDATED', errors: [], rowsImported: 1 });
  }
  expect(await ours()).toEqual(before);
});
