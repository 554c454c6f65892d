import { writeFile } from 'node:fs/promises';
import * as iconv from 'iconv-lite';
import {
  AcceptanceEventsDocument,
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  AcceptanceIndicatorsDocument,
  AcceptanceResultsDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { scratchDir, writeWorkbook, type SheetSpec } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';

// ledger-spec §4–§6: what a careful clerk's workbook may look like. Each test builds a small
// workbook, imports it, and reads the rows back through GraphQL. Each uses its own year, so no
// test's ledger replaces another's.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('layout')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

async function importFile(
  file: string,
  fileName: string,
  input: { region?: string; year?: number } = {},
): Promise<AcceptanceBatchFragment> {
  const id = await app.running.services.importer.run({ path: file, fileName }, input);
  // read in English: these tests check the pipeline's own sentences (test/api/clerk-language
  // checks the Chinese a clerk reads by default)
  const english = { 'accept-language': 'en' };
  return (await app.gql(AcceptanceImportBatchDocument, { id: String(id) }, english)).importBatch!;
}

async function importBook(
  name: string,
  sheets: SheetSpec[],
  input: { region?: string; year?: number } = {},
) {
  return importFile(await writeWorkbook(scratch.file(name), sheets), name, input);
}

async function eventsOf(batch: AcceptanceBatchFragment) {
  const { events } = await app.gql(AcceptanceEventsDocument, {});
  return events!.nodes
    .filter((e) => e.source.batch.id === batch.id)
    .sort((a, b) => a.source.row - b.source.row);
}

async function facilitiesOf(batch: AcceptanceBatchFragment) {
  const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {});
  return facilities!.nodes
    .filter((f) => f.source.batch.id === batch.id)
    .sort((a, b) => a.source.row - b.source.row);
}

/** Title, 填报单位 and 年度 rows, then the header and rows: the usual top of a ledger. */
function ledger(
  name: string,
  bureau: string,
  year: number,
  header: unknown[],
  rows: unknown[][],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    rows: [[`${year}年${name}台账`], [`填报单位：${bureau}`], [`年度：${year}`], header, ...rows],
    ...extra,
  };
}

describe('rows around the data', () => {
  it('finds the header below a title and preamble rows, which give the region and year', async () => {
    const batch = await importBook('preamble.xlsx', [
      {
        name: '赛事活动',
        rows: [
          ['祁县2024年体育赛事活动台账'],
          ['填报单位：祁县体育局（盖章）'],
          [null, '年度：2024'],
          ['填报日期：2024年12月30日'],
          [],
          ['序号', '活动名称', '举办时间', '级别', '参与人数'],
          [1, '祁县梨花节千人徒步赛', '2024年4月6日', '县级', 1000],
        ],
        merges: ['A1:E1'],
      },
    ]);
    expect(batch).toMatchObject({
      status: 'COMMITTED',
      errors: [],
      region: { code: '140727' },
      year: 2024,
    });
    expect(batch.sheets).toEqual([
      expect.objectContaining({
        name: '赛事活动',
        kind: 'EVENTS',
        headerRow: 6,
        rowsRead: 1,
        rowsImported: 1,
      }),
    ]);
    expect(await eventsOf(batch)).toEqual([
      expect.objectContaining({
        name: '祁县梨花节千人徒步赛',
        region: { code: '140727' },
        year: 2024,
        startDate: '2024-04-06',
        level: 'DISTRICT',
        participants: 1000,
      }),
    ]);
  });

  it('reads a two-row header with 奖牌 merged over 金/银/铜', async () => {
    const batch = await importBook('medals.xlsx', [
      {
        name: '竞赛成绩',
        rows: [
          ['介休市2025年竞技体育成绩台账'],
          ['填报单位：介休市体育局', null, null, '年度：2025'],
          ['序号', '赛事名称', '奖牌', null, null, '团体总分'],
          [null, null, '金', '银', '铜', null],
          [1, '晋中市第六届运动会', '八十一', '９１', 92, 4086.5],
        ],
        merges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4'],
      },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets![0]).toMatchObject({ kind: 'RESULTS', headerRow: 4, rowsImported: 1 });
    const { results } = await app.gql(AcceptanceResultsDocument, { filter: { years: [2025] } });
    expect(results!.nodes).toEqual([
      expect.objectContaining({
        competition: expect.objectContaining({ name: '晋中市第六届运动会' }),
        region: { code: '140781' },
        group: 'ALL',
        gold: 81,
        silver: 91,
        bronze: 92,
        points: 4086.5,
        source: expect.objectContaining({ row: 5 }),
      }),
    ]);
  });

  it('gives every row a county name merged down over its rows', async () => {
    const batch = await importBook('merged-county.xlsx', [
      ledger(
        '场地设施',
        '晋中市体育局',
        2026,
        ['序号', '所属地区', '项目名称', '设施类型'],
        [
          [1, '祁县', '祁县健身园一', '健身园'],
          [2, null, '祁县健身园二', '健身园'],
          [3, null, '祁县笼式足球场', '笼式足球场'],
          [4, '平遥县', '平遥县健身步道', '健身步道'],
        ],
        { merges: ['B5:B7'] },
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], region: { code: '140700' } });
    expect((await facilitiesOf(batch)).map((f) => [f.source.row, f.region.code])).toEqual([
      [5, '140727'],
      [6, '140727'],
      [7, '140727'],
      [8, '140728'],
    ]);
  });

  it('skips blank rows and the 合计 row, and warns when the 合计 is not the sum of the rows', async () => {
    const batch = await importBook('totals.xlsx', [
      ledger(
        '场地设施',
        '昔阳县体育局',
        2027,
        ['序号', '项目名称', '设施类型', '数量'],
        [
          [1, '大寨健身园', '健身园', 2],
          [],
          [2, '昔阳县健身步道', '健身步道', 3],
          ['合计', null, null, 6],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets![0]).toMatchObject({ rowsRead: 2, rowsImported: 2 });
    expect((await facilitiesOf(batch)).map((f) => [f.source.row, f.quantity])).toEqual([
      [5, 2],
      [7, 3],
    ]);
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 8,
        column: 'D',
        header: '数量',
        value: '6',
        code: 'TOTAL_MISMATCH',
        message: expect.stringMatching(/6.*5/),
      }),
    ]);
  });

  it('ends the data at a footer row (填表人, 注：): nothing below it is read', async () => {
    const header = ['序号', '活动名称', '级别'];
    const batch = await importBook('footer.xlsx', [
      ledger('赛事活动', '榆次区体育局', 2028, header, [
        [1, '榆次区全民健身运动会', '区级'],
        ['注：县级活动由各县体育部门报送。'],
        [2, '不应读到的活动', '区级'],
      ]),
      ledger('全民健身活动', '榆次区体育局', 2028, header, [
        [1, '榆次区广场舞大赛', '区级'],
        ['填表人：张三', null, '审核人：李四'],
        [2, '也不应读到的活动', '区级'],
      ]),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets!.map((s) => s.rowsRead)).toEqual([1, 1]);
    expect((await eventsOf(batch)).map((e) => e.name).sort()).toEqual(
      ['榆次区全民健身运动会', '榆次区广场舞大赛'].sort(),
    );
  });

  // decisions §2: a hidden sheet is skipped with its reason (drop-down lists, last year's copy)
  it('imports hidden rows like visible ones, and skips a hidden sheet with its reason', async () => {
    const batch = await importBook('hidden.xlsx', [
      ledger(
        '场地设施',
        '太谷区体育局',
        2029,
        ['序号', '项目名称', '设施类型'],
        [
          [1, '太谷区体育馆', '体育馆'],
          [2, '隐藏行的健身园', '健身园'],
        ],
        { hiddenRows: [6] },
      ),
      ledger(
        '赛事活动',
        '太谷区体育局',
        2029,
        ['序号', '活动名称', '级别'],
        [[1, '隐藏表里的活动', '区级']],
        { hidden: true },
      ),
    ]);
    expect(batch).toMatchObject({
      status: 'COMMITTED',
      errors: [],
      warnings: [expect.objectContaining({ sheet: '赛事活动', code: 'SHEET_SKIPPED' })],
      region: { code: '140703' },
    });
    expect(batch.sheets!.map((s) => [s.name, s.kind, s.rowsImported, s.skippedReason])).toEqual([
      ['场地设施', 'FACILITIES', 2, null],
      ['赛事活动', null, 0, expect.stringContaining('hidden')],
    ]);
    expect((await facilitiesOf(batch)).map((f) => f.name)).toEqual([
      '太谷区体育馆',
      '隐藏行的健身园',
    ]);
    expect(await eventsOf(batch)).toEqual([]);
  });
});

describe('units', () => {
  it('takes the unit of a header: 投资额（元） as yuan, (亿元), 面积（亩）, 长度（米）; a cell’s own unit wins', async () => {
    const batch = await importBook('units.xlsx', [
      ledger(
        '场地设施',
        '和顺县体育局',
        2030,
        ['序号', '项目名称', '设施类型', '投资额（元）', '面积（亩）', '长度（米）'],
        [
          [1, '和顺县体育场', '体育场', 1234567, 3, 1500],
          [2, '和顺县健身园', '健身园', '345万元', null, null],
        ],
      ),
      ledger(
        '工程项目建设',
        '和顺县体育局',
        2030,
        ['序号', '项目名称', '设施类型', '总投资(亿元)'],
        [[1, '和顺县全民健身中心', '全民健身中心', 1.2]],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [], warnings: [] });
    const byName = Object.fromEntries(
      (await facilitiesOf(batch)).map((f) => [f.name, [f.investmentYuan, f.areaM2, f.lengthKm]]),
    );
    expect(byName).toEqual({
      和顺县体育场: [1_234_567, 2000, 1.5],
      和顺县健身园: [3_450_000, null, null],
      和顺县全民健身中心: [120_000_000, null, null],
    });
  });

  it('assumes 万元 for money with no unit anywhere, with one warning for the column', async () => {
    const batch = await importBook('no-unit.xlsx', [
      ledger(
        '场地设施',
        '左权县体育局',
        2031,
        ['序号', '项目名称', '设施类型', '投资额'],
        [
          [1, '左权县健身园一', '健身园', 10],
          [2, '左权县健身园二', '健身园', 20.5],
          [3, '左权县健身园三', '健身园', 30],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect((await facilitiesOf(batch)).map((f) => f.investmentYuan)).toEqual([
      100_000, 205_000, 300_000,
    ]);
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: null,
        column: 'D',
        header: '投资额',
        code: 'UNIT_ASSUMED',
        message: expect.stringContaining('万元'),
      }),
    ]);
  });
});

describe('cell values', () => {
  const header = ['序号', '活动名称', '参与人数', '参赛队伍数'];

  it('reads approximate figures (5400余, 约200, 100多, 200+) as the number, marked approximate', async () => {
    const batch = await importBook('approximate.xlsx', [
      ledger('赛事活动', '寿阳县体育局', 2032, header, [
        [1, '寿阳县健身节', '5400余人', 12],
        [2, '寿阳县徒步赛', '约200', null],
        [3, '寿阳县广场舞', '100多人', '二十支'],
        [4, '寿阳县篮球赛', '200+', null],
      ]),
      ledger(
        '工作指标',
        '寿阳县体育局',
        2032,
        ['序号', '指标名称', '数值', '单位'],
        [[1, '健身器材巡检', '5400余件', '件']],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(
      (await eventsOf(batch)).map((e) => [e.participants, e.teams, e.approximateFields]),
    ).toEqual([
      [5400, 12, ['participants']],
      [200, null, ['participants']],
      [100, 20, ['participants']],
      [200, null, ['participants']],
    ]);
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { years: [2032] },
    });
    expect(indicators!.nodes).toEqual([
      expect.objectContaining({
        metric: expect.objectContaining({ key: 'EQUIPMENT_INSPECTED' }),
        value: 5400,
        approximate: true,
      }),
    ]);
    expect(
      batch
        .warnings!.filter((w) => w.code === 'APPROXIMATE_VALUE')
        .map((w) => `${w.sheet}!${w.column}${w.row}`),
    ).toEqual(['赛事活动!C5', '赛事活动!C6', '赛事活动!C7', '赛事活动!C8', '工作指标!C5']);
  });

  it('reads Chinese numerals and full-width digits', async () => {
    const batch = await importBook('numerals.xlsx', [
      ledger('赛事活动', '灵石县体育局', 2033, header, [
        [1, '灵石县运动会', '八十一', '十二'],
        [2, '灵石县健身节', '一千零四十', null],
        [3, '灵石县徒步赛', '两千', null],
        [4, '灵石县热线活动', '１１１４', '３'],
        [5, '灵石县篮球赛', '1,114人', null],
      ]),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(
      (await eventsOf(batch)).map((e) => [e.participants, e.teams, e.approximateFields]),
    ).toEqual([
      [81, 12, []],
      [1040, null, []],
      [2000, null, []],
      [1114, 3, []],
      [1114, null, []],
    ]);
  });

  it('reads the empty markers —, -, /, 无, 不详, 暂无 as not reported (null), never 0', async () => {
    const batch = await importBook('empty-markers.xlsx', [
      ledger('赛事活动', '榆社县体育局', 2034, header, [
        [1, '榆社县活动一', '—', 0],
        [2, '榆社县活动二', '无', '-'],
        [3, '榆社县活动三', '/', '不详'],
        [4, '榆社县活动四', '暂无', null],
      ]),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect((await eventsOf(batch)).map((e) => [e.participants, e.teams])).toEqual([
      [null, 0],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('rejects a count too large to store, naming its cell', async () => {
    const batch = await importBook('too-large.xlsx', [
      ledger('赛事活动', '和顺县体育局', 2040, header, [
        [1, '和顺县活动一', 99_999_999_999, 2],
        [2, '和顺县活动二', '30亿人', null],
      ]),
    ]);
    expect(batch).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    expect(batch.errors!.map((e) => [`${e.column}${e.row}`, e.value, e.code])).toEqual([
      ['C5', '99999999999', 'NUMBER_TOO_LARGE'],
      ['C6', '30亿人', 'NUMBER_TOO_LARGE'],
    ]);
  });

  it('reads the date forms, keeping month and year precision, and a range into startDate and endDate', async () => {
    const dates: [unknown, string | null, string | null][] = [
      ['2021-07-01', '2021-07-01', null],
      ['2021/7/1', '2021-07-01', null],
      ['2021.7.1', '2021-07-01', null],
      ['2021年7月1日', '2021-07-01', null],
      ['7月1日', '2021-07-01', null],
      [new Date(Date.UTC(2021, 6, 1)), '2021-07-01', null],
      [44378, '2021-07-01', null],
      ['2022年2月', '2022-02-01', null],
      ['2021年', '2021-01-01', null],
      ['2021年5月8日-16日', '2021-05-08', '2021-05-16'],
      ['5月8日至5月16日', '2021-05-08', '2021-05-16'],
      ['2021.5.8-2021.5.16', '2021-05-08', '2021-05-16'],
      ['6-12月', '2021-06-01', '2021-12-31'],
    ];
    const batch = await importBook('dates.xlsx', [
      ledger(
        '赛事活动',
        '晋中市体育局',
        2021,
        ['序号', '活动名称', '举办时间'],
        dates.map(([cell], i) => [i + 1, `活动${i + 1}`, cell]),
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect((await eventsOf(batch)).map((e) => [e.name, e.startDate, e.endDate])).toEqual(
      dates.map(([, start, end], i) => [`活动${i + 1}`, start, end]),
    );
    const precision = await app.sql<{ row: number; p: string }>(
      'select row, start_precision as p from event where batch_id = ? order by row',
      [Number(batch.id)],
    );
    expect(precision.map((r) => r.p)).toEqual([
      ...Array(7).fill('DAY'),
      'MONTH',
      'YEAR',
      'DAY',
      'DAY',
      'DAY',
      'MONTH',
    ]);
  });
});

describe('sheet kinds', () => {
  it('finds the kind of a sheet whose name says nothing from its headers, and reports a sheet of no kind as skipped', async () => {
    const batch = await importBook('kinds.xlsx', [
      ledger(
        'Sheet1',
        '左权县体育局',
        2035,
        ['序号', '活动名称', '举办时间', '级别'],
        [[1, '左权县民歌汇健身活动', '2035年5月', '县级']],
      ),
      {
        name: 'Sheet2',
        rows: [
          ['联系人', '电话'],
          ['张三', '0354-1234567'],
        ],
      },
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets).toEqual([
      expect.objectContaining({
        name: 'Sheet1',
        kind: 'EVENTS',
        headerRow: 4,
        rowsImported: 1,
        skippedReason: null,
      }),
      expect.objectContaining({
        name: 'Sheet2',
        kind: null,
        rowsImported: 0,
        skippedReason: expect.stringMatching(/header/),
      }),
    ]);
    expect(batch.warnings).toEqual([
      expect.objectContaining({
        sheet: 'Sheet2',
        code: 'SHEET_SKIPPED',
        message: expect.stringContaining('Sheet2'),
      }),
    ]);
    expect((await eventsOf(batch)).map((e) => [e.name, e.level, e.startDate])).toEqual([
      ['左权县民歌汇健身活动', 'DISTRICT', '2035-05-01'],
    ]);
  });
});

describe('regions', () => {
  it('rejects a row whose region lies outside the workbook’s region', async () => {
    const batch = await importBook('outside.xlsx', [
      ledger(
        '场地设施',
        '晋中市体育局',
        2036,
        ['序号', '所属地区', '项目名称', '设施类型'],
        [
          [1, '祁县', '祁县健身园', '健身园'],
          [2, '小店区', '小店区体育馆', '体育馆'],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'FAILED', rowsImported: 0 });
    expect(batch.errors).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 6,
        column: 'B',
        value: '小店区',
        code: 'REGION_OUTSIDE_SCOPE',
        message: expect.stringMatching(/140105[\s\S]*140700/),
      }),
    ]);
    expect(await facilitiesOf(batch)).toEqual([]);
  });

  it('rejects an ambiguous region name with no workbook region, listing the candidates', async () => {
    const batch = await importBook('ambiguous.xlsx', [
      {
        name: '场地设施',
        rows: [
          ['2037年体育场地设施台账'],
          ['年度：2037'],
          ['序号', '所属地区', '项目名称', '设施类型'],
          [1, '河东区', '河东区健身园', '健身园'],
          [2, '天津市河东区', '河东区体育场', '体育场'],
        ],
      },
    ]);
    expect(batch).toMatchObject({ status: 'FAILED', region: null });
    expect(batch.errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'B',
        value: '河东区',
        code: 'REGION_AMBIGUOUS',
        message: expect.stringMatching(/120102[\s\S]*371312/),
      }),
    ]);
  });

  it('reads wide-form indicators (地区 + one column per metric), converting 万人', async () => {
    const batch = await importBook('wide.xlsx', [
      ledger(
        '基本情况',
        '晋中市体育局',
        2038,
        ['序号', '地区', '常住人口（万人）', '社区数'],
        [
          [1, '祁县', 26.5, 120],
          [2, '平遥县', '约45', 150],
        ],
      ),
    ]);
    expect(batch).toMatchObject({ status: 'COMMITTED', errors: [] });
    expect(batch.sheets![0]).toMatchObject({ kind: 'INDICATORS', rowsRead: 2, rowsImported: 4 });
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { years: [2038] },
    });
    const values = indicators!.nodes
      .map((i) => [i.region.code, i.metric.key, i.value, i.approximate])
      .sort();
    expect(values).toEqual(
      [
        ['140727', 'POPULATION', 265_000, false],
        ['140727', 'COMMUNITIES', 120, false],
        ['140728', 'POPULATION', 450_000, true],
        ['140728', 'COMMUNITIES', 150, false],
      ].sort(),
    );
  });
});

describe('CSV ledgers', () => {
  const text = [
    '填报单位：晋中市体育局',
    '年度：2039',
    '序号,所属地区,活动名称,举办时间,参与人数',
    '1,祁县,祁县全民健身日,2039年8月8日,5400余',
    '2,介休市,"介休市徒步大会，绵山站",2039年5月1日,１２００',
    '',
  ].join('\r\n');

  it('imports the same rows from UTF-8 with a BOM and from GBK', async () => {
    const utf8 = scratch.file('events-utf8.csv');
    const gbk = scratch.file('events-gbk.csv');
    await writeFile(
      utf8,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    );
    await writeFile(gbk, iconv.encode(text, 'gbk'));

    const first = await importFile(utf8, 'events-utf8.csv');
    const fromUtf8 = await eventsOf(first);
    const second = await importFile(gbk, 'events-gbk.csv');
    const fromGbk = await eventsOf(second);

    expect(first).toMatchObject({
      status: 'COMMITTED',
      errors: [],
      region: { code: '140700' },
      year: 2039,
    });
    expect(second).toMatchObject({ status: 'COMMITTED', errors: [], replaces: { id: first.id } });
    const comparable = (rows: typeof fromUtf8) =>
      rows.map(({ source, ...rest }) => ({ ...rest, sheetRow: source.row }));
    expect(comparable(fromUtf8)).toEqual([
      expect.objectContaining({
        name: '祁县全民健身日',
        region: { code: '140727' },
        startDate: '2039-08-08',
        participants: 5400,
        approximateFields: ['participants'],
        sheetRow: 4,
      }),
      expect.objectContaining({
        name: '介休市徒步大会,绵山站',
        region: { code: '140781' },
        startDate: '2039-05-01',
        participants: 1200,
        approximateFields: [],
        sheetRow: 5,
      }),
    ]);
    expect(comparable(fromGbk)).toEqual(comparable(fromUtf8));
  });
});
