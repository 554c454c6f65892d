import {
  AcceptanceCompetitionsDocument,
  AcceptanceEventsDocument,
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  AcceptanceImportLedgerDocument,
  AcceptanceIndicatorsDocument,
  AcceptanceResultsDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { fixturePath } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/test-app';
import { gqlUploadData, postImport } from '../../support/uploads';

// The two seed ledgers (test/fixtures/ledgers/README.md) imported once, then read back through
// GraphQL: every figure of the README must come back exactly.

let app: TestApp;
let hedong: AcceptanceBatchFragment;
let jinzhong: AcceptanceBatchFragment;

const HEDONG = '120102';
const JINZHONG = '140700';
const QIXIAN = '140727';
const PINGYAO = '140728';

beforeAll(async () => {
  app = await startTestApp();
  // one through the GraphQL mutation, one through POST /imports: both entry points, one importer
  const viaGraphql = await gqlUploadData(
    app,
    AcceptanceImportLedgerDocument,
    fixturePath('hedong-2022.xlsx'),
    {},
  );
  hedong = viaGraphql.importLedger;
  const viaRest = await postImport(app, fixturePath('jinzhong-2021.xlsx'));
  expect(viaRest.status).toBe(200);
  jinzhong = (await app.gql(AcceptanceImportBatchDocument, { id: viaRest.body.id })).importBatch!;
});

afterAll(async () => {
  await app?.stop();
});

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = String(key(item));
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('河东区 2022 (hedong-2022.xlsx)', () => {
  it('imports with no error, for 天津市河东区 2022 from the preamble', () => {
    expect(hedong).toMatchObject({
      status: 'COMMITTED',
      errors: [],
      dryRun: false,
      year: 2022,
      region: { code: HEDONG },
    });
    expect(hedong.rowsImported).toBe(13 + 8 + 2 + 8);
    expect(hedong.sheets!.map((s) => [s.name, s.kind, s.rowsImported, s.skippedReason])).toEqual([
      ['赛事活动', 'EVENTS', 13, null],
      ['场地设施', 'FACILITIES', 8, null],
      ['竞赛成绩', 'RESULTS', 2, null],
      ['工作指标', 'INDICATORS', 8, null],
    ]);
    expect(hedong.warnings!.map((w) => [w.sheet, `${w.column}${w.row}`, w.code])).toEqual([
      ['场地设施', 'A12', 'SUMMARY_ROW_SKIPPED'],
      ['工作指标', 'C7', 'APPROXIMATE_VALUE'],
      ['工作指标', 'C8', 'APPROXIMATE_VALUE'],
      ['工作指标', 'C11', 'APPROXIMATE_VALUE'],
    ]);
  });

  it('gives back the delegation result of the 15th Tianjin Games: 81/91/92, 264 medals, 4086.5 points, 1040 athletes', async () => {
    const { results } = await app.gql(AcceptanceResultsDocument, {
      filter: { regions: [HEDONG], years: [2022] },
    });
    expect(results!.totalCount).toBe(2);
    const all = results!.nodes.find((r) => r.group === 'ALL')!;
    expect(all).toMatchObject({
      competition: { name: '天津市第十五届运动会', year: 2022 },
      region: { code: HEDONG },
      year: 2022,
      athletes: 1040,
      gold: 81,
      silver: 91,
      bronze: 92,
      medals: 264,
      points: 4086.5,
      medalRank: null,
      approximateFields: [],
      source: { batch: { id: hedong.id }, sheet: '竞赛成绩', row: 5 },
    });
  });

  it('keeps the 青少年组 row with its ranks only: medals and points not reported are null, not 0', async () => {
    const { results } = await app.gql(AcceptanceResultsDocument, {
      filter: { regions: [HEDONG], years: [2022], groups: ['YOUTH'] },
    });
    expect(results!.nodes).toHaveLength(1);
    expect(results!.nodes[0]).toMatchObject({
      group: 'YOUTH',
      medalRank: 6,
      goldRank: 7,
      pointsRank: 7,
      athletes: null,
      gold: null,
      silver: null,
      bronze: null,
      medals: null,
      points: null,
      source: { sheet: '竞赛成绩', row: 6 },
    });
    // both rows name the same competition, which is stored once
    const all = await app.gql(AcceptanceResultsDocument, {
      filter: { regions: [HEDONG], groups: ['ALL'] },
    });
    expect(results!.nodes[0].competition.id).toBe(all.results!.nodes[0].competition.id);
  });

  it('gives back 53 facilities in 8 rows, by type as the README lists them', async () => {
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: [HEDONG], years: [2022] },
    });
    expect(facilities!.totalCount).toBe(8);
    expect(sum(facilities!.nodes.map((f) => f.quantity))).toBe(53);
    const byType = Object.fromEntries(facilities!.nodes.map((f) => [f.type, f.quantity]));
    expect(byType).toEqual({
      FITNESS_GARDEN: 40,
      CAGE_FOOTBALL: 2,
      COMMUNITY_SPORTS_PARK: 5,
      FITNESS_TRAIL: 2,
      FITNESS_CENTER: 1,
      POCKET_PARK: 1,
      STADIUM: 1,
      ICE_RINK: 1,
    });
    const stadium = facilities!.nodes.find((f) => f.type === 'STADIUM')!;
    expect(stadium).toMatchObject({
      projectType: 'EXPANSION',
      status: 'COMPLETED',
      completedOn: '2022-01-01',
    });
    const rink = facilities!.nodes.find((f) => f.type === 'ICE_RINK')!;
    expect(rink).toMatchObject({ status: 'ACCEPTED', address: '河东体育中心东侧地块' });
    expect(countBy(facilities!.nodes, (f) => f.status)).toEqual({ COMPLETED: 7, ACCEPTED: 1 });
    // the investment column is empty: not reported, not 0 yuan
    expect(facilities!.nodes.map((f) => f.investmentYuan)).toEqual(Array(8).fill(null));
    const accepted = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: [HEDONG], statuses: ['ACCEPTED'] },
    });
    expect(accepted.facilities!.nodes.map((f) => f.type)).toEqual(['ICE_RINK']);
  });

  it('gives back 13 events by category, level and format, with no participant counts', async () => {
    const { events } = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [HEDONG], years: [2022] },
    });
    expect(events!.totalCount).toBe(13);
    expect(countBy(events!.nodes, (e) => e.category)).toEqual({
      MASS_FITNESS: 10,
      YOUTH: 1,
      COMPETITIVE: 2,
    });
    expect(countBy(events!.nodes, (e) => e.level)).toEqual({ DISTRICT: 10, MUNICIPAL: 3 });
    expect(countBy(events!.nodes, (e) => e.format)).toEqual({ OFFLINE: 10, ONLINE: 2, HYBRID: 1 });
    expect(events!.nodes.map((e) => e.participants)).toEqual(Array(13).fill(null));
    expect(events!.nodes.every((e) => e.region.code === HEDONG && e.year === 2022)).toBe(true);
    const online = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [HEDONG], formats: ['ONLINE'] },
    });
    expect(online.events!.totalCount).toBe(2);
  });

  it('keeps 2022年2月 as February 2022 with month precision, and 2022年8月8日 as a day', async () => {
    const { events } = await app.gql(AcceptanceEventsDocument, { filter: { regions: [HEDONG] } });
    const bySource = new Map(events!.nodes.map((e) => [e.source.row, e]));
    expect(bySource.get(4)).toMatchObject({ startDate: '2022-02-01', endDate: null });
    expect(bySource.get(5)).toMatchObject({
      name: '2022年河东区全民健身日活动启动仪式',
      startDate: '2022-08-08',
    });
    expect(bySource.get(9)).toMatchObject({ startDate: null });
    const precision = await app.sql<{ row: number; start_precision: string | null }>(
      'select row, start_precision from event where batch_id = ? and row in (4, 5, 9) order by row',
      [Number(hedong.id)],
    );
    expect(precision).toEqual([
      { row: 4, start_precision: 'MONTH' },
      { row: 5, start_precision: 'DAY' },
      { row: 9, start_precision: null },
    ]);
  });

  it('gives back the eight work indicators, 余 figures marked approximate', async () => {
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { regions: [HEDONG], years: [2022] },
    });
    const byMetric = Object.fromEntries(
      indicators!.nodes.map((i) => [i.metric.key, [i.value, i.approximate]]),
    );
    expect(byMetric).toEqual({
      SPORTS_ASSOCIATIONS: [17, false],
      COMMUNITY_FITNESS_CLUBS: [168, false],
      COMMUNITIES: [168, false],
      EQUIPMENT_INSPECTED: [5400, true],
      EQUIPMENT_REPAIRED: [350, true],
      LEVEL2_ATHLETES: [47, false],
      PETITION_VISITS: [31, false],
      HOTLINE_CASES: [1114, true],
    });
    const hotline = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { metrics: ['HOTLINE_CASES'] },
    });
    expect(hotline.indicators!.nodes).toEqual([
      expect.objectContaining({
        value: 1114,
        approximate: true,
        notes: '信访投诉件',
        source: { batch: { id: hedong.id }, sheet: '工作指标', row: 11 },
      }),
    ]);
  });
});

describe('晋中市 2021 and its 2022 plans (jinzhong-2021.xlsx)', () => {
  it('imports with no error, for 晋中市 from the preamble, with one scope per year of the facilities', async () => {
    expect(jinzhong).toMatchObject({
      status: 'COMMITTED',
      errors: [],
      year: 2021,
      region: { code: JINZHONG },
    });
    expect(jinzhong.sheets!.map((s) => [s.name, s.kind, s.rowsImported])).toEqual([
      ['全民健身赛事活动', 'EVENTS', 18],
      ['场地设施', 'FACILITIES', 9],
      ['竞赛成绩', 'RESULTS', 4],
      ['工作指标', 'INDICATORS', 1],
    ]);
    const scopes = await app.sql(
      'select region_code, year, kind, rows from import_scope where batch_id = ? order by kind, year',
      [Number(jinzhong.id)],
    );
    expect(scopes).toEqual([
      { region_code: JINZHONG, year: 2021, kind: 'EVENTS', rows: 18 },
      { region_code: JINZHONG, year: 2021, kind: 'FACILITIES', rows: 6 },
      { region_code: JINZHONG, year: 2022, kind: 'FACILITIES', rows: 3 },
      { region_code: JINZHONG, year: 2021, kind: 'INDICATORS', rows: 1 },
      { region_code: JINZHONG, year: 2021, kind: 'RESULTS', rows: 4 },
    ]);
  });

  it('gives back 18 events, 3 of them in 祁县, 1 in 介休市 and 1 in 昔阳县', async () => {
    const { events } = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
    });
    expect(events!.totalCount).toBe(18);
    expect(countBy(events!.nodes, (e) => e.region.code)).toEqual({
      [JINZHONG]: 13,
      [QIXIAN]: 3,
      '140781': 1,
      '140724': 1,
    });
    const qixian = await app.gql(AcceptanceEventsDocument, { filter: { regions: [QIXIAN] } });
    expect(qixian.events!.nodes.map((e) => e.name).sort()).toEqual(
      ['梨花节千人徒步赛', '梨花节千人广场舞比赛', '梨花节山地自行车邀请赛'].sort(),
    );
    const cityOnly = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [JINZHONG], includeDescendants: false },
    });
    expect(cityOnly.events!.totalCount).toBe(13);
    const shanxi = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: ['140000'], years: [2021] },
    });
    expect(shanxi.events!.totalCount).toBe(18);
    const otherYear = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [JINZHONG], years: [2022] },
    });
    expect(otherYear.events!.totalCount).toBe(0);
  });

  it('gives back the international online rouliqiu contest: 2021-07-01, 588 teams, 4937 participants', async () => {
    const { events } = await app.gql(AcceptanceEventsDocument, {
      filter: { regions: [JINZHONG], nameContains: '柔力球发明三十年' },
    });
    expect(events!.nodes).toHaveLength(1);
    expect(events!.nodes[0]).toMatchObject({
      region: { code: JINZHONG },
      year: 2021,
      startDate: '2021-07-01',
      endDate: null,
      teams: 588,
      participants: 4937,
      format: 'ONLINE',
      level: 'INTERNATIONAL',
      category: 'MASS_FITNESS',
      sport: '柔力球',
      approximateFields: [],
      source: { batch: { id: jinzhong.id }, sheet: '全民健身赛事活动', row: 18 },
    });
  });

  it('gives back the 2021 facilities: 6 rows, 9 in all, 7,750,000 yuan, 5300 m², about 200 km of trails', async () => {
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
    });
    const rows = facilities!.nodes;
    expect(rows).toHaveLength(6);
    expect(sum(rows.map((f) => f.quantity))).toBe(9);
    expect(sum(rows.map((f) => f.investmentYuan))).toBe(7_750_000);
    expect(sum(rows.map((f) => f.areaM2))).toBe(5300);
    const trails = rows.filter((f) => f.lengthKm !== null);
    expect(trails).toEqual([
      expect.objectContaining({ lengthKm: 200, approximateFields: ['lengthKm'], quantity: 1 }),
    ]);
    expect(
      rows
        .filter((f) => f.type === 'OTHER')
        .map((f) => f.name)
        .sort(),
    ).toEqual(
      [
        '和顺县、左权县乡镇全民健身场地器材补短板工程',
        '室外网球场、多功能球场、体育场维修改造',
      ].sort(),
    );
    expect(rows.find((f) => f.name === '晋中市乒网馆提升改造')).toMatchObject({
      type: 'GYMNASIUM',
      projectType: 'RENOVATION',
      investmentYuan: 3_450_000,
    });
  });

  it('reads the unknown type 乡镇补短板工程 as OTHER with a warning that quotes it', () => {
    const others = jinzhong.warnings!.filter((w) => w.code === 'UNKNOWN_ENUM_VALUE');
    expect(others).toEqual([
      expect.objectContaining({
        sheet: '场地设施',
        row: 8,
        column: 'D',
        value: '乡镇补短板工程',
        message: expect.stringContaining('乡镇补短板工程'),
      }),
    ]);
    expect(jinzhong.warnings!.map((w) => [w.sheet, `${w.column}${w.row}`, w.code])).toEqual([
      ['场地设施', 'J7', 'APPROXIMATE_VALUE'],
      ['场地设施', 'D8', 'UNKNOWN_ENUM_VALUE'],
      ['工作指标', 'C4', 'APPROXIMATE_VALUE'],
    ]);
  });

  it('gives back the 2022 plans: 3 rows, 43,494,400 yuan, one in 平遥县, planned or under construction', async () => {
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: [JINZHONG], years: [2022] },
    });
    const rows = facilities!.nodes;
    expect(rows).toHaveLength(3);
    expect(sum(rows.map((f) => f.investmentYuan))).toBe(43_494_400);
    expect(countBy(rows, (f) => f.status)).toEqual({ PLANNED: 2, UNDER_CONSTRUCTION: 1 });
    expect(countBy(rows, (f) => f.region.code)).toEqual({ [JINZHONG]: 2, [PINGYAO]: 1 });
    const pingyao = await app.gql(AcceptanceFacilitiesDocument, { filter: { regions: [PINGYAO] } });
    expect(pingyao.facilities!.nodes).toEqual([
      expect.objectContaining({
        name: '惠济体育公园提升工程',
        year: 2022,
        type: 'SPORTS_PARK',
        status: 'PLANNED',
        investmentYuan: 2_000_000,
      }),
    ]);
    const dome = rows.find((f) => f.type === 'AIR_DOME')!;
    expect(dome).toMatchObject({ status: 'UNDER_CONSTRUCTION', investmentYuan: 7_494_400 });
  });

  it('gives back the provincial games qualifiers: 1327 athletes, 33/36/56, 1456.5 points', async () => {
    const { results } = await app.gql(AcceptanceResultsDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
    });
    expect(results!.totalCount).toBe(4);
    const games = results!.nodes.find((r) => r.competition.name === '山西省第十六届运动会资格赛')!;
    expect(games).toMatchObject({
      group: 'ALL',
      athletes: 1327,
      gold: 33,
      silver: 36,
      bronze: 56,
      medals: 33 + 36 + 56, // no 奖牌总数 column: gold + silver + bronze
      points: 1456.5,
      notes: '共20个项目',
    });
    const handball = results!.nodes.filter(
      (r) => r.competition.name === '山西省第十六届运动会手球资格赛',
    );
    expect(handball.map((r) => [r.sport, r.medalRank, r.honors]).sort()).toEqual([
      ['手球(女子)', 1, '冠军'],
      ['手球(男子)', 1, '冠军'],
    ]);
    const competitions = await app.gql(AcceptanceCompetitionsDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
    });
    expect(competitions.competitions!.totalCount).toBe(3);
  });

  it('reads the national games qualifier: 第八名, its honour, and the range 2021年5月8日-16日', async () => {
    const { results } = await app.gql(AcceptanceResultsDocument, {
      filter: { regions: [JINZHONG], sports: ['手球'] },
    });
    expect(results!.nodes).toEqual([
      expect.objectContaining({
        competition: expect.objectContaining({
          name: '第十四届全国运动会手球资格赛暨2021年全国男子冠军杯赛',
          year: 2021,
        }),
        medalRank: 8,
        honors: '体育道德风尚奖代表队',
        gold: null,
      }),
    ]);
    const dates = await app.sql(
      'select start_date::text, end_date::text from result where batch_id = ? and row = 4',
      [Number(jinzhong.id)],
    );
    expect(dates).toEqual([{ start_date: '2021-05-08', end_date: '2021-05-16' }]);
  });

  it('gives back about 100 fitness activities, marked approximate', async () => {
    const { indicators } = await app.gql(AcceptanceIndicatorsDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
    });
    expect(indicators!.nodes).toEqual([
      expect.objectContaining({
        region: { code: JINZHONG },
        metric: { key: 'FITNESS_ACTIVITIES', unit: '场' },
        value: 100,
        approximate: true,
      }),
    ]);
  });

  it('keeps the two bureaus apart: 天津市 lists only 河东区 rows', async () => {
    const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
      filter: { regions: ['120000'] },
    });
    expect(facilities!.totalCount).toBe(8);
    const all = await app.gql(AcceptanceFacilitiesDocument, {});
    expect(all.facilities!.totalCount).toBe(8 + 9);
  });
});
