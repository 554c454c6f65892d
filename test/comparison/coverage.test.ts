import { startTestApp, type TestApp } from '../support/test-app';
import {
  ComparisonCompareDocument,
  type ComparisonCompareQuery,
  type ComparisonCompareQueryVariables,
} from '../support/generated/graphql';
import {
  importLedgers,
  importSeeds,
  JIEXIU_FACILITIES_2021,
  JINZHONG_INDICATORS_2021,
  QIXIAN_FACILITIES_2021,
  type LedgerSpec,
} from './ledgers';

// Coverage (decisions §6): a value summed over a region's subtree says how many of the
// county-level regions under it reported — expected from GB/T 2260, reported from the current
// facts of that kind and year (for an indicator, of that metric) — and a note says when the
// total is partial. normalize: PER_10K_RESIDENTS divides additive figures only.
//
// The seed jinzhong-2021.xlsx gives 晋中市's own facility rows and events of 祁县, 介休市 and
// 昔阳县; 祁县 and 介休市 add facility ledgers: 2 of 晋中市's 11 counties have facilities.

const SHANXI = '140000';
const JINZHONG = '140700';
const QIXIAN = '140727';
const TIANJIN = '120000';
const WUHAI = '150300';

/** 天津市 2022 populations of 3 of its 16 districts: 35.5万 + 82万 + 89万. */
const TIANJIN_POPULATION_2022: LedgerSpec = {
  file: 'tianjin-population-2022.xlsx',
  region: TIANJIN,
  year: 2022,
  bureau: '天津市体育局',
  sheet: '工作指标',
  header: ['地区', '指标名称', '数值', '单位'],
  rows: [
    ['和平区', '常住人口', 35.5, '万人'],
    ['河西区', '常住人口', 82, '万人'],
    ['南开区', '常住人口', 89, '万人'],
  ],
};

/** 乌海市 2021: one facility in each of its 3 districts. */
const WUHAI_FACILITIES_2021: LedgerSpec = {
  file: 'wuhai-facilities-2021.xlsx',
  region: WUHAI,
  year: 2021,
  bureau: '乌海市体育局',
  sheet: '场地设施',
  header: ['所属地区', '项目名称', '设施类型', '数量'],
  rows: [
    ['海勃湾区', '海勃湾区健身广场', '健身园', 1],
    ['海南区', '海南区笼式足球场', '笼式足球场', 1],
    ['乌达区', '乌达区健身步道', '健身步道', 1],
  ],
};

type ComparisonRow = ComparisonCompareQuery['compare'][number];

// Notes are said in the reader's language: the exact English sentences below are asked for with
// Accept-Language: en; the Chinese default has tests of its own at the end.
const ENGLISH = { 'accept-language': 'en' };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [
    QIXIAN_FACILITIES_2021,
    JIEXIU_FACILITIES_2021,
    JINZHONG_INDICATORS_2021,
    TIANJIN_POPULATION_2022,
    WUHAI_FACILITIES_2021,
  ]);
});

afterAll(async () => {
  await app?.stop();
});

async function compareRow(
  variables: ComparisonCompareQueryVariables,
  code: string,
  metric: string,
  headers: Record<string, string> = ENGLISH,
): Promise<ComparisonRow> {
  const rows = (await app.gql(ComparisonCompareDocument, variables, headers)).compare;
  const found = rows.filter((r) => r.region.code === code && r.metric === metric);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The row of one region asked alone. */
function alone(
  code: string,
  metric: string,
  year: number,
  more: Partial<ComparisonCompareQueryVariables> = {},
): Promise<ComparisonRow> {
  return compareRow({ regions: [code], metrics: [metric], years: [year], ...more }, code, metric);
}

describe('coverage of a total summed over sub-regions', () => {
  it('gives 晋中市’s facilities 2 of its 11 counties, with a note that the total is partial', async () => {
    const asked = { regions: [JINZHONG, QIXIAN], metrics: ['facilities.count'], years: [2021] };

    const jinzhong = await compareRow(asked, JINZHONG, 'facilities.count');

    expect(jinzhong).toMatchObject({ value: 6 + 2 + 2, coverage: { reported: 2, expected: 11 } });
    expect(jinzhong.note).toBe(
      'partial: only 2 of the 11 county-level regions of 山西省晋中市 reported, so the total leaves out the other 9',
    );
  });

  it('counts the counties with any fact of the kind, for every metric of it alike', async () => {
    const asked = {
      regions: [JINZHONG],
      metrics: ['facilities.investmentYuan', 'facilities.areaM2', 'events.count'],
      years: [2021],
    };

    const investment = await compareRow(asked, JINZHONG, 'facilities.investmentYuan');
    const area = await compareRow(asked, JINZHONG, 'facilities.areaM2');
    const events = await compareRow(asked, JINZHONG, 'events.count');

    expect(investment.coverage).toEqual({ reported: 2, expected: 11 });
    // 介休市 reports no area, yet it reported facilities: its blank is part of the total
    expect(area.coverage).toEqual({ reported: 2, expected: 11 });
    // events: 祁县, 介休市 and 昔阳县 in the seed
    expect(events.coverage).toEqual({ reported: 3, expected: 11 });
  });

  it('gives no coverage to a county, to a region without its sub-regions, or to a null value', async () => {
    const county = await alone(QIXIAN, 'facilities.count', 2021);
    const own = await alone(JINZHONG, 'facilities.count', 2021, { includeDescendants: false });
    const nothing = await alone(JINZHONG, 'facilities.count', 2019);

    expect(county).toMatchObject({ value: 2, coverage: null, note: null });
    expect(own).toMatchObject({ value: 6, coverage: null, note: null });
    expect(nothing).toMatchObject({ value: null, coverage: null, note: null });
  });

  it('gives a complete total its coverage and no note (乌海市, all 3 districts)', async () => {
    const wuhai = await alone(WUHAI, 'facilities.count', 2021);

    expect(wuhai).toMatchObject({ value: 3, coverage: { reported: 3, expected: 3 }, note: null });
  });
});

describe('coverage of an indicator', () => {
  it('says 天津市’s population summed from 3 of its 16 districts is partial', async () => {
    const tianjin = await alone(TIANJIN, 'indicators.POPULATION', 2022);

    expect(tianjin).toMatchObject({
      value: 355_000 + 820_000 + 890_000,
      coverage: { reported: 3, expected: 16 },
    });
    expect(tianjin.note).toMatch(/^partial: only 3 of the 16 county-level regions of 天津市/);
  });

  it('counts the counties that reported the metric itself (社区数: 祁县 and 介休市)', async () => {
    const communities = await alone(JINZHONG, 'indicators.COMMUNITIES', 2021);

    expect(communities).toMatchObject({ value: 42, coverage: { reported: 2, expected: 11 } });
  });

  it('gives no coverage to a figure a city reports itself, and counts it for all its counties in its province', async () => {
    const asked = {
      regions: [JINZHONG, SHANXI],
      metrics: ['indicators.POPULATION'],
      years: [2021],
    };
    const [{ count }] = await app.sql<{ count: number }>(
      `select count(*)::int as count from region where province_code = ? and level = 'DISTRICT'`,
      [SHANXI],
    );

    const jinzhong = await compareRow(asked, JINZHONG, 'indicators.POPULATION');
    const shanxi = await compareRow(asked, SHANXI, 'indicators.POPULATION');

    expect(jinzhong).toMatchObject({ value: 3_379_000, coverage: null, note: null });
    expect(count).toBe(117);
    expect(shanxi).toMatchObject({ value: 3_379_000, coverage: { reported: 11, expected: 117 } });
    expect(shanxi.note).toContain('山西省');
  });
});

describe('normalize: PER_10K_RESIDENTS on additive metrics only', () => {
  it('keeps a rate as reported, with a note that it is not normalised, and still divides counts', async () => {
    const asked = {
      regions: [JINZHONG, QIXIAN],
      metrics: ['indicators.REGULAR_EXERCISE_RATE', 'facilities.count'],
      years: [2021],
      normalize: 'PER_10K_RESIDENTS' as const,
    };

    const rate = await compareRow(asked, JINZHONG, 'indicators.REGULAR_EXERCISE_RATE');
    const countyRate = await compareRow(asked, QIXIAN, 'indicators.REGULAR_EXERCISE_RATE');
    const count = await compareRow(asked, QIXIAN, 'facilities.count');

    expect(rate).toMatchObject({ value: 41.5, rank: 1, coverage: null });
    expect(rate.note).toBe(
      '经常参加体育锻炼人数比例 is not an additive figure (%): kept as reported, not normalised per 10,000 residents',
    );
    expect(countyRate).toMatchObject({ value: 38.5, rank: 2 });
    expect(count.value).toBeCloseTo((2 / 246_000) * 10_000, 10);
    expect(count.note).toBe('per 10,000 residents');
  });

  it('says when the population it divides by is itself partial', async () => {
    const tianjin = await alone(TIANJIN, 'facilities.quantity', 2022, {
      normalize: 'PER_10K_RESIDENTS',
    });

    expect(tianjin.value).toBeCloseTo((53 / 2_065_000) * 10_000, 10);
    expect(tianjin.coverage).toEqual({ reported: 1, expected: 16 });
    expect(tianjin.note).toContain('per 10,000 residents');
    expect(tianjin.note).toContain('only 1 of the 16 county-level regions of 天津市 reported');
    expect(tianjin.note).toContain(
      'only 3 of the 16 county-level regions of 天津市 reported, so the population (the divisor) leaves out the other 13',
    );
  });
});

describe('notes in the reader’s language', () => {
  const CHINESE = {};

  it('says a partial total in Chinese by default, with the counts and the region', async () => {
    const asked = { regions: [JINZHONG], metrics: ['facilities.count'], years: [2021] };

    const jinzhong = await compareRow(asked, JINZHONG, 'facilities.count', CHINESE);

    expect(jinzhong.note).toBe(
      '数据不全：山西省晋中市下属 11 个县级行政区中只有 2 个填报，合计未含其余 9 个',
    );
  });

  it('says in Chinese that a rate is kept as reported, and that counts are per 10,000 residents', async () => {
    const asked = {
      regions: [JINZHONG, QIXIAN],
      metrics: ['indicators.REGULAR_EXERCISE_RATE', 'facilities.count'],
      years: [2021],
      normalize: 'PER_10K_RESIDENTS' as const,
    };

    const rate = await compareRow(asked, JINZHONG, 'indicators.REGULAR_EXERCISE_RATE', CHINESE);
    const count = await compareRow(asked, QIXIAN, 'facilities.count', CHINESE);

    expect(rate.note).toBe(
      '经常参加体育锻炼人数比例不是可累加的数值（%）：保留填报值，未按每万常住人口折算',
    );
    expect(count.note).toBe('每万常住人口');
  });

  it('joins a divided partial total’s notes in Chinese, the divisor’s named as 人口', async () => {
    const tianjin = await alone(TIANJIN, 'facilities.quantity', 2022, {
      normalize: 'PER_10K_RESIDENTS',
    });
    const rows = await app.gql(ComparisonCompareDocument, {
      regions: [TIANJIN],
      metrics: ['facilities.quantity'],
      years: [2022],
      normalize: 'PER_10K_RESIDENTS',
    });

    expect(tianjin.note).toContain('per 10,000 residents');
    expect(rows.compare[0].note).toBe(
      [
        '每万常住人口',
        '数据不全：天津市下属 16 个县级行政区中只有 1 个填报，合计未含其余 15 个',
        '数据不全：天津市下属 16 个县级行政区中只有 3 个填报，人口（除数）未含其余 13 个',
      ].join('；'),
    );
  });
});
