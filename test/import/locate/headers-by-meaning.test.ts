import { AcceptanceIndicatorsDocument } from '../../support/generated/graphql';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { facilitiesOf, importBook, ledger, mappingsOf } from './locate-support';

// decisions §1, issue item 2: headers are matched by meaning — after removing required marks,
// brackets, English glosses and whitespace — on the measure word and unit they contain. A column
// that cannot be placed is ignored with its reason only when explained; one of numbers refuses
// the batch at its header cell. Each test uses its own year, so no ledger replaces another's.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('headers-by-meaning')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

const run = (name: string, sheets: Parameters<typeof importBook>[3]) =>
  importBook(app, scratch, name, sheets);

describe('headers by meaning', () => {
  it('reads 投资总额（万元）, the header of the national 体育场地统计调查 forms, as investment in yuan', async () => {
    const { batch, report } = await run('investment-total.xlsx', [
      ledger(
        '场地设施',
        '祁县体育局',
        2061,
        ['序号', '场地名称', '场地类型', '投资总额（万元）'],
        [
          [1, '祁县全民健身中心', '全民健身中心', 1200],
          [2, '祁县昭馀健身步道', '健身步道', 86.5],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], warnings: [] });
    expect((await facilitiesOf(app, batch)).map((f) => f.investmentYuan)).toEqual([
      12_000_000, 865_000,
    ]);
    expect(mappingsOf(report)).toContain('投资总额（万元） → investment (SYNONYM)');
    expect(report.sheets[0].columns).toContainEqual({
      header: '投资总额（万元）',
      column: 'D',
      field: 'investment',
      unit: '万元',
      ignoredReason: null,
    });
  });

  it('places 计划投资（亿元）, 完成投资(元) and 工程总投资【万元】 by their measure word, each with its unit', async () => {
    const sheet = (name: string, header: string, value: number) =>
      ledger(
        name,
        '太谷区体育局',
        2062,
        ['序号', '项目名称', '设施类型', header],
        [[1, `${name}的体育公园`, '体育公园', value]],
      );
    const { batch, report } = await run('investment-words.xlsx', [
      sheet('场地设施一', '计划投资（亿元）', 1.5),
      sheet('场地设施二', '完成投资(元)', 345_000),
      sheet('场地设施三', '工程总投资【万元】', 80),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], warnings: [] });
    expect((await facilitiesOf(app, batch)).map((f) => [f.name, f.investmentYuan])).toEqual([
      ['场地设施一的体育公园', 150_000_000],
      ['场地设施二的体育公园', 345_000],
      ['场地设施三的体育公园', 800_000],
    ]);
    expect(mappingsOf(report).filter((m) => m.includes('investment'))).toEqual([
      '计划投资（亿元） → investment (SYNONYM)',
      '完成投资(元) → investment (SYNONYM)',
      '工程总投资【万元】 → investment (SYNONYM)',
    ]);
  });

  it('reads headers with required marks, line breaks, full-width spaces, an unclosed bracket and English glosses', async () => {
    const header = [
      '序号',
      '*项目\u3000名称',
      '场地类型\nType',
      '投资总额\n（万元',
      '场地面积(㎡) Area',
      '步道长度（公里）\nLength (km)',
      '建成年份',
    ];
    const { batch } = await run('marks-and-glosses.xlsx', [
      ledger('场地设施', '榆社县体育局', 2063, header, [
        [1, '榆社县体育场', '体育场', 2400, 21_000, null, 2019],
        [2, '榆社县滨河健身步道', '健身步道', '35', null, 4.2, '2020年'],
      ]),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], warnings: [] });
    expect(
      (await facilitiesOf(app, batch)).map((f) => [
        f.name,
        f.type,
        f.investmentYuan,
        f.areaM2,
        f.lengthKm,
        f.completedOn,
      ]),
    ).toEqual([
      ['榆社县体育场', 'STADIUM', 24_000_000, 21_000, null, '2019-01-01'],
      ['榆社县滨河健身步道', 'FITNESS_TRAIL', 350_000, null, 4.2, '2020-01-01'],
    ]);
    const precision = await app.sql<{ p: string }>(
      'select completed_precision as p from facility where batch_id = ? order by row',
      [Number(batch.id)],
    );
    expect(precision.map((r) => r.p)).toEqual(['YEAR', 'YEAR']);
  });

  it('reads 其中财政投资 under 投资情况 as a part of 投资总额, reported beside it and never stored as the investment', async () => {
    const { batch, report } = await run('breakdown.xlsx', [
      {
        name: '场地设施',
        rows: [
          ['2064年体育场地设施建设台账'],
          ['填报单位：平遥县体育局', null, null, '年度：2064'],
          ['序号', '项目名称', '设施类型', '投资情况', null],
          [null, null, null, '投资总额（万元）', '其中财政投资（万元）'],
          [1, '平遥县古城体育公园', '体育公园', 500, 300],
          [2, '平遥县笼式足球场', '笼式足球场', 60, null],
        ],
        merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'],
      },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets![0]).toMatchObject({ headerRow: 4, rowsImported: 2 });
    expect((await facilitiesOf(app, batch)).map((f) => f.investmentYuan)).toEqual([
      5_000_000, 600_000,
    ]);
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'E',
        header: '其中财政投资（万元）',
        code: 'IGNORED_COLUMN',
      }),
    ]);
    expect(report.sheets[0].columns?.find((c) => c.column === 'E')).toMatchObject({
      field: null,
      ignoredReason: 'part of 投资总额（万元）',
    });
  });
});

describe('region columns', () => {
  it('reads 行政区划代码 as the region when no other column names it, and beside 地区 as the region again', async () => {
    const { batch, report } = await run('region-codes.xlsx', [
      ledger(
        '基本情况',
        '晋中市体育局',
        2068,
        ['序号', '行政区划代码', '社区数'],
        [
          [1, 140727, 120],
          [2, 140728, 150],
        ],
      ),
      ledger(
        '统计数据',
        '晋中市体育局',
        2068,
        ['序号', '行政区划代码', '地区', '单项体育协会数'],
        [[1, 140727, '祁县', 12]],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { years: [2068] },
    });
    expect(indicators!.nodes.map((i) => [i.region.code, i.metric.key, i.value]).sort()).toEqual([
      ['140727', 'COMMUNITIES', 120],
      ['140727', 'SPORTS_ASSOCIATIONS', 12],
      ['140728', 'COMMUNITIES', 150],
    ]);
    expect(mappingsOf(report, '基本情况')).toContain('行政区划代码 → region (SYNONYM)');
    expect(report.sheets[1].columns?.find((c) => c.column === 'B')).toMatchObject({
      field: null,
      ignoredReason: expect.stringContaining('identifier'),
    });
  });
});

describe('columns the importer cannot place', () => {
  it('refuses a column of numbers it cannot place at its header cell, asking for a mapping, and writes nothing', async () => {
    const before = await snapshotImportedTables(app.sql);
    const { batch, report } = await run('unplaced.xlsx', [
      ledger(
        '场地设施',
        '寿阳县体育局',
        2065,
        ['序号', '项目名称', '设施类型', '受益人口（万人）'],
        [
          [1, '寿阳县体育馆', '体育馆', '无'],
          [2, '寿阳县健身园', '健身园', 1.2],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    expect(batch.errors).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 4,
        column: 'D',
        header: '受益人口（万人）',
        code: 'UNMAPPED_COLUMN',
        message: expect.stringContaining('columnMap'),
      }),
    ]);
    // the message lists the fields the column could be mapped to
    expect(String(report.errors[0].params?.fields).split(', ')).toEqual(
      expect.arrayContaining(['investment', 'area', 'quantity', 'ignore']),
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });

  it('refuses a second column of numbers for a field another column already gives', async () => {
    const { batch, report } = await run('second-investment.xlsx', [
      ledger(
        '场地设施',
        '和顺县体育局',
        2066,
        ['序号', '项目名称', '设施类型', '投资额（万元）', '总投资（万元）'],
        [[1, '和顺县体育场', '体育场', 100, 120]],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'FAILED' });
    expect(batch.errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'E',
        header: '总投资（万元）',
        code: 'UNMAPPED_COLUMN',
      }),
    ]);
    expect(report.errors[0].params).toMatchObject({ taken: '投资额（万元）', field: 'investment' });
  });

  it('ignores, with a warning each, an identifier column of numbers and an unknown column of text', async () => {
    const { batch, report } = await run('explained.xlsx', [
      ledger(
        '场地设施',
        '左权县体育局',
        2067,
        ['序号', '项目名称', '设施类型', '联系电话', '管理单位'],
        [
          [1, '左权县体育馆', '体育馆', 13_812_345_678, '左权县体育中心'],
          [2, '左权县健身园', '健身园', null, '某某社区'],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.warnings!.map((w) => [`${w.column}${w.row}`, w.header, w.code])).toEqual([
      ['D4', '联系电话', 'IGNORED_COLUMN'],
      ['E4', '管理单位', 'IGNORED_COLUMN'],
    ]);
    expect(report.sheets[0].columns?.map((c) => [c.column, c.field, c.ignoredReason])).toEqual([
      ['A', null, 'row numbering'],
      ['B', 'name', null],
      ['C', 'type', null],
      ['D', null, expect.stringContaining('identifier')],
      ['E', null, 'holds no numbers'],
    ]);
  });
});
