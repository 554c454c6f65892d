import { AcceptanceResultsDocument } from '../../support/generated/graphql';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { scratchDir, writeWorkbook, type SheetSpec } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport } from '../../support/uploads';
import { facilitiesOf, importBook, ledger } from './locate-support';
import type { ImportOptions } from '../../../src/modules/common/import-port';

// decisions §2, issue item 4: a sheet that is clearly not a ledger is skipped with its reason; a
// ledger sheet missing a required column is an error at its header row — never a crash; a
// results table takes its competition from its title. Each test uses its own year.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('sheets')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

const run = (name: string, sheets: SheetSpec[], options: ImportOptions = {}) =>
  importBook(app, scratch, name, sheets, options);

/** A ledger with one facility, beside which the other sheets of a test sit. */
const facilities = (bureau: string, year: number, name: string) =>
  ledger('场地设施', bureau, year, ['序号', '项目名称', '设施类型'], [[1, name, '健身园']]);

/** What WPS and Excel ledgers keep for their drop-down lists. */
const LISTS = [
  ['设施类型', '建设性质', '建设状态'],
  ['体育场', '新建', '已完成'],
  ['健身园', '改扩建', '在建'],
];

/** Each sheet's skipped reason as the pipeline stored it (GraphQL says it in the reader's language). */
const skipped = (report: { sheets: { name: string; skippedReason: string | null }[] }) =>
  report.sheets.map((s) => [s.name, s.skippedReason]);

describe('sheets that are not ledgers', () => {
  it('skips a hidden drop-down list sheet with its reason', async () => {
    const { batch, report } = await run('hidden-lists.xlsx', [
      facilities('祁县体育局', 2081, '祁县东观镇健身园'),
      { name: 'Sheet2', rows: LISTS, hidden: true },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(skipped(report)).toEqual([
      ['场地设施', null],
      ['Sheet2', expect.stringContaining('hidden')],
    ]);
    expect(batch.warnings).toEqual([
      expect.objectContaining({ sheet: 'Sheet2', code: 'SHEET_SKIPPED' }),
    ]);
  });

  it('skips a visible 下拉 list sheet, a 封面 and a 汇总 sheet by their names, and a summary by its title', async () => {
    const { batch, report } = await run('named-sheets.xlsx', [
      { name: '封面', rows: [['平遥县2082年体育工作台账'], ['报送日期', 20821231]] },
      facilities('平遥县体育局', 2082, '平遥县古城健身园'),
      { name: '下拉', rows: LISTS },
      {
        name: '汇总',
        rows: [
          ['地区', '数量'],
          ['平遥县', 1],
        ],
      },
      { name: 'Sheet5', rows: [['全县场地设施汇总表'], ['地区', '数量'], ['平遥县', 1]] },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(skipped(report)).toEqual([
      ['封面', expect.stringContaining('cover')],
      ['场地设施', null],
      ['下拉', expect.stringContaining('drop-down')],
      ['汇总', expect.stringContaining('summary')],
      ['Sheet5', expect.stringContaining('summary')],
    ]);
  });

  it('skips the 导入问题 sheet of a report workbook uploaded again, also when renamed', async () => {
    const issues = [
      ['类型', '工作表', '行', '列', '表头', '值', '代码', '说明'],
      ['错误', '场地设施', 5, 'D', '数量', '-2', 'NEGATIVE_NUMBER', '数量不能为负数'],
    ];
    const { batch, report } = await run('report-again.xlsx', [
      facilities('太谷区体育局', 2083, '太谷区健身园'),
      { name: '导入问题', rows: issues },
      { name: '问题清单', rows: issues },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(skipped(report)).toEqual([
      ['场地设施', null],
      ['导入问题', 'the issue list of an earlier import report'],
      ['问题清单', 'the issue list of an earlier import report'],
    ]);
  });

  it('skips a sheet the clerk names in ignoreSheets, without a warning', async () => {
    const { batch, report } = await run(
      'ignore-sheets.xlsx',
      [
        facilities('榆次区体育局', 2084, '榆次区健身园'),
        {
          name: '旧表',
          rows: [
            ['项目', '金额'],
            ['旧项目', 100],
          ],
        },
      ],
      { ignoreSheets: ['旧表'] },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], warnings: [] });
    expect(skipped(report)).toEqual([
      ['场地设施', null],
      ['旧表', expect.stringContaining('ignoreSheets')],
    ]);
  });

  it('refuses a visible sheet of numbers with no header of a ledger kind, and skips one without numbers', async () => {
    const before = await snapshotImportedTables(app.sql);
    const { batch, report } = await run('unrecognised.xlsx', [
      facilities('寿阳县体育局', 2085, '寿阳县健身园'),
      {
        name: 'Sheet2',
        rows: [
          ['联系人', '电话'],
          ['张三', '0354-1234567'],
        ],
      },
      {
        name: 'Sheet3',
        rows: [
          ['乡镇', '健身站点'],
          ['朝阳镇', 12],
          ['南燕竹镇', 9],
        ],
      },
    ]);
    expect(batch).toMatchObject({ status: 'FAILED' });
    expect(batch.errors).toEqual([
      expect.objectContaining({ sheet: 'Sheet3', code: 'UNRECOGNISED_SHEET' }),
    ]);
    expect(skipped(report)).toEqual([
      ['场地设施', null],
      ['Sheet2', expect.stringContaining('header')],
      ['Sheet3', expect.stringContaining('header')],
    ]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });
});

describe('ledger sheets with a column missing', () => {
  it('refuses a visible list sheet that reads as a facilities ledger without 项目名称 at its header row, on a dry run too, and over HTTP answers 422, not 500', async () => {
    const before = await snapshotImportedTables(app.sql);
    const sheets = [
      facilities('昔阳县体育局', 2086, '昔阳县健身园'),
      { name: 'Sheet2', rows: LISTS },
    ];
    for (const dryRun of [true, false]) {
      const { batch } = await run(`missing-name-${dryRun}.xlsx`, sheets, { dryRun });
      expect(batch).toMatchObject({ status: 'FAILED', rowsImported: 0 });
      expect(batch.errors).toEqual([
        expect.objectContaining({
          sheet: 'Sheet2',
          row: 1,
          header: '项目名称',
          code: 'MISSING_COLUMN',
        }),
      ]);
    }
    const file = await writeWorkbook(scratch.file('missing-name-http.xlsx'), sheets);
    const { status, body } = await postImport(app, file);
    expect(status).toBe(422);
    expect(body).toMatchObject({ status: 'FAILED' });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('takes a results table’s competition from its title when it has no 赛事名称 column', async () => {
    const { batch } = await run(
      'games.xlsx',
      [
        {
          name: '成绩表',
          rows: [
            ['2087年晋中市第六届运动会成绩表'],
            ['序号', '代表队', '金牌', '银牌', '铜牌', '团体总分'],
            [1, '祁县', 12, 8, 10, 520.5],
            [2, '平遥县', 9, 11, 7, 480],
          ],
        },
      ],
      { region: '140700' },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], year: 2087 });
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        sheet: '成绩表',
        value: '晋中市第六届运动会',
        code: 'VALUE_FROM_TITLE',
      }),
    ]);
    const { results } = await app.gql(AcceptanceResultsDocument, { filter: { years: [2087] } });
    expect(
      results!.nodes.map((r) => [r.competition.name, r.region.code, r.gold, r.points]).sort(),
    ).toEqual([
      ['晋中市第六届运动会', '140727', 12, 520.5],
      ['晋中市第六届运动会', '140728', 9, 480],
    ]);
  });

  it('refuses a results table whose title names no competition either, writing nothing', async () => {
    const before = await snapshotImportedTables(app.sql);
    const { batch } = await run('no-competition.xlsx', [
      {
        name: '竞赛成绩',
        rows: [
          ['介休市2088年竞技体育成绩台账'],
          ['填报单位：介休市体育局'],
          ['序号', '组别', '金牌', '银牌', '铜牌'],
          [1, '青少年组', 3, 2, 1],
        ],
      },
    ]);
    expect(batch).toMatchObject({ status: 'FAILED' });
    expect(batch.errors).toEqual([
      expect.objectContaining({ sheet: '竞赛成绩', row: 3, code: 'MISSING_COLUMN' }),
    ]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('refuses a ledger sheet whose data rows give no fact to store', async () => {
    const { batch } = await run('no-facts.xlsx', [
      facilities('左权县体育局', 2089, '左权县健身园'),
      ledger(
        '工作指标',
        '左权县体育局',
        2089,
        ['序号', '指标名称', '数值', '单位'],
        [
          [1, '社区数', '—', '个'],
          [2, '社会体育指导员', '暂无', '人'],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'FAILED' });
    expect(batch.errors).toEqual([
      expect.objectContaining({ sheet: '工作指标', row: 4, code: 'SHEET_WITHOUT_FACTS' }),
    ]);
    expect(await facilitiesOf(app, batch)).toEqual([]);
  });
});
