import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
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
  LINYI_HEDONG_FACILITIES_2022,
  QIXIAN_FACILITIES_2021,
  TAIGU_FACILITIES_2021,
} from './ledgers';

// compare (api-contract.md): one row per (region, year, metric), sub-regions included unless
// includeDescendants is false, null where nothing was reported, approximate carried up, ranks
// among the compared regions, per-10k normalisation by the POPULATION indicator.
//
// 2021 facilities: 晋中市 own 6 rows (quantity 9, 7,750,000 yuan, 5300 m², 200余 km); 祁县 2 (4,
// 1,350,000, 约3000 m², 12 km); 介休市 2 (4, 0 yuan, —, 8 km); 太谷区 1 (1, 400,000, 800 m²).

const SHANXI = '140000';
const TAIYUAN = '140100';
const JINZHONG = '140700';
const TAIGU = '140703';
const QIXIAN = '140727';
const JIEXIU = '140781';
const TIANJIN = '120000';
const HEDONG = '120102';
const SHANDONG = '370000';
const LINYI = '371300';
const LINYI_HEDONG = '371312';

type ComparisonRow = ComparisonCompareQuery['compare'][number];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [
    JINZHONG_INDICATORS_2021,
    QIXIAN_FACILITIES_2021,
    JIEXIU_FACILITIES_2021,
    TAIGU_FACILITIES_2021,
    LINYI_HEDONG_FACILITIES_2022,
  ]);
});

afterAll(async () => {
  await app?.stop();
});

async function compare(variables: ComparisonCompareQueryVariables): Promise<ComparisonRow[]> {
  return (await app.gql(ComparisonCompareDocument, variables)).compare;
}

/** The row of one region, year and metric; fails when it is missing or repeated. */
function row(rows: ComparisonRow[], code: string, year: number, metric: string): ComparisonRow {
  const found = rows.filter(
    (r) => r.region.code === code && r.year === year && r.metric === metric,
  );
  if (found.length !== 1) {
    throw new Error(
      `${found.length} rows for ${code} ${year} ${metric} in ${JSON.stringify(rows)}`,
    );
  }
  return found[0];
}

/** `metric → value` for one region and year. */
function values(rows: ComparisonRow[], code: string, year: number): Record<string, number | null> {
  return Object.fromEntries(
    rows.filter((r) => r.region.code === code && r.year === year).map((r) => [r.metric, r.value]),
  );
}

const FACILITY_METRICS = ['facilities.count', 'facilities.quantity', 'facilities.investmentYuan'];

describe('regions and their sub-regions', () => {
  it("sums a city's own rows and its counties' rows", async () => {
    const rows = await compare({
      regions: [JINZHONG],
      metrics: ['events.count', ...FACILITY_METRICS],
      years: [2021],
    });

    expect(values(rows, JINZHONG, 2021)).toEqual({
      'events.count': 18,
      'facilities.count': 6 + 2 + 2 + 1,
      'facilities.quantity': 9 + 4 + 4 + 1,
      'facilities.investmentYuan': 7_750_000 + 1_350_000 + 0 + 400_000,
    });
  });

  it("counts only the city's own rows when includeDescendants is false", async () => {
    const rows = await compare({
      regions: [JINZHONG],
      metrics: ['events.count', ...FACILITY_METRICS],
      years: [2021],
      includeDescendants: false,
    });

    expect(values(rows, JINZHONG, 2021)).toEqual({
      'events.count': 13,
      'facilities.count': 6,
      'facilities.quantity': 9,
      'facilities.investmentYuan': 7_750_000,
    });
  });

  it("includes a province's cities and their counties", async () => {
    const rows = await compare({
      regions: [SHANXI],
      metrics: ['events.count', 'facilities.count'],
      years: [2021],
    });

    expect(values(rows, SHANXI, 2021)).toEqual({ 'events.count': 18, 'facilities.count': 11 });
  });

  it('includes a municipality’s districts in the municipality', async () => {
    const rows = await compare({
      regions: [TIANJIN, HEDONG],
      metrics: ['events.count', 'facilities.quantity'],
      years: [2022],
    });

    expect(values(rows, TIANJIN, 2022)).toEqual({ 'events.count': 13, 'facilities.quantity': 53 });
    expect(values(rows, HEDONG, 2022)).toEqual({ 'events.count': 13, 'facilities.quantity': 53 });
  });

  it('keeps 临沂 河东区 (371312) out of 天津 and 天津市河东区, and counts it in 临沂市 and 山东省', async () => {
    const rows = await compare({
      regions: [TIANJIN, HEDONG, LINYI_HEDONG, LINYI, SHANDONG],
      metrics: ['facilities.count', 'facilities.quantity', 'facilities.investmentYuan'],
      years: [2022],
    });

    const tianjin = {
      'facilities.count': 8,
      'facilities.quantity': 53,
      'facilities.investmentYuan': null,
    };
    const linyiHedong = {
      'facilities.count': 2,
      'facilities.quantity': 7,
      'facilities.investmentYuan': 900_000,
    };
    expect(values(rows, TIANJIN, 2022)).toEqual(tianjin);
    expect(values(rows, HEDONG, 2022)).toEqual(tianjin);
    expect(values(rows, LINYI_HEDONG, 2022)).toEqual(linyiHedong);
    expect(values(rows, LINYI, 2022)).toEqual(linyiHedong);
    expect(values(rows, SHANDONG, 2022)).toEqual(linyiHedong);
    expect(row(rows, HEDONG, 2022, 'facilities.count').region.fullName).toBe('天津市河东区');
    expect(row(rows, LINYI_HEDONG, 2022, 'facilities.count').region.fullName).toBe(
      '山东省临沂市河东区',
    );
  });

  it('answers one row per region, year and metric asked for, with the region’s names', async () => {
    const rows = await compare({
      regions: [JINZHONG, HEDONG],
      metrics: ['facilities.count', 'events.count'],
      years: [2021, 2022],
    });

    expect(rows.map((r) => `${r.region.code} ${r.year} ${r.metric}`).sort()).toEqual([
      `${HEDONG} 2021 events.count`,
      `${HEDONG} 2021 facilities.count`,
      `${HEDONG} 2022 events.count`,
      `${HEDONG} 2022 facilities.count`,
      `${JINZHONG} 2021 events.count`,
      `${JINZHONG} 2021 facilities.count`,
      `${JINZHONG} 2022 events.count`,
      `${JINZHONG} 2022 facilities.count`,
    ]);
    expect(row(rows, JINZHONG, 2021, 'events.count').region).toEqual({
      code: JINZHONG,
      name: '晋中市',
      fullName: '山西省晋中市',
      level: 'CITY',
    });
    expect(values(rows, JINZHONG, 2022)).toEqual({ 'facilities.count': 3, 'events.count': null });
    expect(values(rows, HEDONG, 2021)).toEqual({ 'facilities.count': null, 'events.count': null });
  });
});

describe('null where nothing was reported, 0 where a ledger says 0', () => {
  it('gives null, not 0, for a figure a ledger leaves empty', async () => {
    const rows = await compare({
      regions: [HEDONG],
      metrics: ['facilities.investmentYuan', 'events.participants', 'events.count'],
      years: [2022],
    });

    expect(values(rows, HEDONG, 2022)).toEqual({
      'facilities.investmentYuan': null,
      'events.participants': null,
      'events.count': 13,
    });
    expect(row(rows, HEDONG, 2022, 'events.participants').rank).toBeNull();
  });

  it('gives null for a county whose ledger has no area, and 0 for its investment that the ledger says is 0', async () => {
    const rows = await compare({
      regions: [JIEXIU],
      metrics: ['facilities.areaM2', 'facilities.investmentYuan', 'facilities.lengthKm'],
      years: [2021],
    });

    expect(values(rows, JIEXIU, 2021)).toEqual({
      'facilities.areaM2': null,
      'facilities.investmentYuan': 0,
      'facilities.lengthKm': 8,
    });
  });

  it('gives null values and null ranks for a region with no ledger at all', async () => {
    const rows = await compare({
      regions: [JINZHONG, TAIYUAN],
      metrics: ['events.count', 'facilities.count', 'indicators.POPULATION'],
      years: [2021],
    });

    expect(
      rows
        .filter((r) => r.region.code === TAIYUAN)
        .map((r) => [r.metric, r.value, r.rank, r.approximate]),
    ).toEqual(
      expect.arrayContaining([
        ['events.count', null, null, false],
        ['facilities.count', null, null, false],
        ['indicators.POPULATION', null, null, false],
      ]),
    );
    expect(values(rows, JINZHONG, 2021)).toEqual({
      'events.count': 18,
      'facilities.count': 11,
      'indicators.POPULATION': 3_379_000,
    });
  });

  it('sums only the participants that were reported, and gives null where no event reports any', async () => {
    const rows = await compare({
      regions: [JINZHONG, QIXIAN],
      metrics: ['events.participants'],
      years: [2021],
    });

    expect(row(rows, JINZHONG, 2021, 'events.participants').value).toBe(4937);
    expect(row(rows, QIXIAN, 2021, 'events.participants').value).toBeNull();
  });

  it('gives 0 for an indicator a ledger reports as 0 and null where it is not reported', async () => {
    const rows = await compare({
      regions: [JIEXIU, QIXIAN],
      metrics: ['indicators.PETITION_VISITS'],
      years: [2021],
    });

    expect(row(rows, JIEXIU, 2021, 'indicators.PETITION_VISITS').value).toBe(0);
    expect(row(rows, QIXIAN, 2021, 'indicators.PETITION_VISITS').value).toBeNull();
  });
});

describe('approximate values (余, 约, 多)', () => {
  it('marks 晋中市’s trail length approximate (200余 km), with or without its counties', async () => {
    const all = await compare({
      regions: [JINZHONG],
      metrics: ['facilities.lengthKm'],
      years: [2021],
    });
    const own = await compare({
      regions: [JINZHONG],
      metrics: ['facilities.lengthKm'],
      years: [2021],
      includeDescendants: false,
    });

    expect(row(all, JINZHONG, 2021, 'facilities.lengthKm')).toMatchObject({
      value: 200 + 12 + 8,
      approximate: true,
    });
    expect(row(own, JINZHONG, 2021, 'facilities.lengthKm')).toMatchObject({
      value: 200,
      approximate: true,
    });
  });

  it('marks a city’s total approximate when one county’s value is (祁县 约3000 m²)', async () => {
    const all = await compare({
      regions: [JINZHONG, TAIGU],
      metrics: ['facilities.areaM2', 'facilities.count'],
      years: [2021],
    });
    const own = await compare({
      regions: [JINZHONG],
      metrics: ['facilities.areaM2'],
      years: [2021],
      includeDescendants: false,
    });

    expect(row(all, JINZHONG, 2021, 'facilities.areaM2')).toMatchObject({
      value: 5300 + 3000 + 800,
      approximate: true,
    });
    expect(row(own, JINZHONG, 2021, 'facilities.areaM2')).toMatchObject({
      value: 5300,
      approximate: false,
    });
    expect(row(all, TAIGU, 2021, 'facilities.areaM2')).toMatchObject({
      value: 800,
      approximate: false,
    });
    expect(row(all, JINZHONG, 2021, 'facilities.count')).toMatchObject({
      value: 11,
      approximate: false,
    });
  });

  it('marks a municipality’s indicator approximate when it sums a district’s 5400余', async () => {
    const rows = await compare({
      regions: [TIANJIN, HEDONG],
      metrics: ['indicators.EQUIPMENT_INSPECTED', 'indicators.COMMUNITIES'],
      years: [2022],
    });

    expect(row(rows, TIANJIN, 2022, 'indicators.EQUIPMENT_INSPECTED')).toMatchObject({
      value: 5400,
      approximate: true,
    });
    expect(row(rows, HEDONG, 2022, 'indicators.EQUIPMENT_INSPECTED')).toMatchObject({
      value: 5400,
      approximate: true,
    });
    expect(row(rows, HEDONG, 2022, 'indicators.COMMUNITIES')).toMatchObject({
      value: 168,
      approximate: false,
    });
  });
});

describe('rank', () => {
  it('ranks the highest value 1, lets equal values share a rank, skips the ranks they take, and leaves null unranked', async () => {
    const rows = await compare({
      regions: [QIXIAN, JIEXIU, TAIGU, TAIYUAN],
      metrics: ['facilities.count', 'facilities.investmentYuan'],
      years: [2021],
    });

    const ranks = (metric: string) =>
      [QIXIAN, JIEXIU, TAIGU, TAIYUAN].map((code) => {
        const r = row(rows, code, 2021, metric);
        return [code, r.value, r.rank];
      });
    expect(ranks('facilities.count')).toEqual([
      [QIXIAN, 2, 1],
      [JIEXIU, 2, 1],
      [TAIGU, 1, 3],
      [TAIYUAN, null, null],
    ]);
    expect(ranks('facilities.investmentYuan')).toEqual([
      [QIXIAN, 1_350_000, 1],
      [JIEXIU, 0, 3],
      [TAIGU, 400_000, 2],
      [TAIYUAN, null, null],
    ]);
  });

  it('ranks each year on its own', async () => {
    const rows = await compare({
      regions: [JINZHONG, HEDONG],
      metrics: ['facilities.count'],
      years: [2021, 2022],
    });

    expect(row(rows, JINZHONG, 2021, 'facilities.count')).toMatchObject({ value: 11, rank: 1 });
    expect(row(rows, HEDONG, 2021, 'facilities.count')).toMatchObject({ value: null, rank: null });
    expect(row(rows, HEDONG, 2022, 'facilities.count')).toMatchObject({ value: 8, rank: 1 });
    expect(row(rows, JINZHONG, 2022, 'facilities.count')).toMatchObject({ value: 3, rank: 2 });
  });
});

describe('indicators of a region and its sub-regions', () => {
  it('takes the value a region reports itself over the sum of its sub-regions', async () => {
    const rows = await compare({
      regions: [JINZHONG, QIXIAN, JIEXIU],
      metrics: ['indicators.POPULATION'],
      years: [2021],
    });

    expect(row(rows, JINZHONG, 2021, 'indicators.POPULATION').value).toBe(3_379_000);
    expect(row(rows, QIXIAN, 2021, 'indicators.POPULATION').value).toBe(246_000);
    expect(row(rows, JIEXIU, 2021, 'indicators.POPULATION').value).toBe(405_000);
  });

  it('sums a count over the sub-regions when the region reports none', async () => {
    const rows = await compare({
      regions: [JINZHONG, TIANJIN],
      metrics: ['indicators.COMMUNITIES'],
      years: [2021, 2022],
    });

    expect(row(rows, JINZHONG, 2021, 'indicators.COMMUNITIES').value).toBe(12 + 30);
    expect(row(rows, TIANJIN, 2022, 'indicators.COMMUNITIES').value).toBe(168);
  });

  it('counts a city’s own population once in its province, not again through its counties', async () => {
    const rows = await compare({
      regions: [SHANXI],
      metrics: ['indicators.POPULATION', 'indicators.COMMUNITIES'],
      years: [2021],
    });

    expect(values(rows, SHANXI, 2021)).toEqual({
      'indicators.POPULATION': 3_379_000,
      'indicators.COMMUNITIES': 42,
    });
  });

  it('never sums a rate: a region’s own rate, or null when only its sub-regions report one', async () => {
    const rows = await compare({
      regions: [JINZHONG, QIXIAN, SHANXI],
      metrics: ['indicators.REGULAR_EXERCISE_RATE'],
      years: [2021],
    });

    expect(row(rows, JINZHONG, 2021, 'indicators.REGULAR_EXERCISE_RATE').value).toBe(41.5);
    expect(row(rows, QIXIAN, 2021, 'indicators.REGULAR_EXERCISE_RATE').value).toBe(38.5);
    expect(row(rows, SHANXI, 2021, 'indicators.REGULAR_EXERCISE_RATE')).toMatchObject({
      value: null,
      rank: null,
    });
  });

  it('uses only the region’s own report when includeDescendants is false', async () => {
    const rows = await compare({
      regions: [JINZHONG],
      metrics: ['indicators.POPULATION', 'indicators.COMMUNITIES'],
      years: [2021],
      includeDescendants: false,
    });

    expect(values(rows, JINZHONG, 2021)).toEqual({
      'indicators.POPULATION': 3_379_000,
      'indicators.COMMUNITIES': null,
    });
  });

  it('marks 晋中市’s 全民健身活动场次 100余 approximate', async () => {
    const rows = await compare({
      regions: [JINZHONG],
      metrics: ['indicators.FITNESS_ACTIVITIES'],
      years: [2021],
    });

    expect(row(rows, JINZHONG, 2021, 'indicators.FITNESS_ACTIVITIES')).toMatchObject({
      value: 100,
      approximate: true,
    });
  });
});

describe('normalize: PER_10K_RESIDENTS', () => {
  it('divides by the region’s population of that year, times 10,000, and ranks the quotients', async () => {
    const rows = await compare({
      regions: [JINZHONG, QIXIAN, JIEXIU, TAIGU],
      metrics: ['facilities.count'],
      years: [2021],
      normalize: 'PER_10K_RESIDENTS',
    });

    const jinzhong = row(rows, JINZHONG, 2021, 'facilities.count');
    const qixian = row(rows, QIXIAN, 2021, 'facilities.count');
    const jiexiu = row(rows, JIEXIU, 2021, 'facilities.count');
    expect(jinzhong.value).toBeCloseTo((11 / 3_379_000) * 10_000, 10);
    expect(qixian.value).toBeCloseTo((2 / 246_000) * 10_000, 10);
    expect(jiexiu.value).toBeCloseTo((2 / 405_000) * 10_000, 10);
    expect([qixian.rank, jiexiu.rank, jinzhong.rank]).toEqual([1, 2, 3]);
  });

  it('gives null and a note naming the region and year when no population was reported', async () => {
    const rows = await compare({
      regions: [TAIGU, HEDONG],
      metrics: ['facilities.count'],
      years: [2021, 2022],
      normalize: 'PER_10K_RESIDENTS',
    });

    const taigu = row(rows, TAIGU, 2021, 'facilities.count');
    expect(taigu).toMatchObject({ value: null, rank: null });
    expect(taigu.note).toMatch(/population|人口/i);
    expect(taigu.note).toMatch(/太谷区|140703/);
    expect(taigu.note).toContain('2021');
    const hedong = row(rows, HEDONG, 2022, 'facilities.count');
    expect(hedong).toMatchObject({ value: null, rank: null });
    expect(hedong.note).toMatch(/河东区|120102/);
    expect(hedong.note).toContain('2022');
  });

  it('leaves values as they are with normalize NONE', async () => {
    const rows = await compare({
      regions: [QIXIAN],
      metrics: ['facilities.count'],
      years: [2021],
      normalize: 'NONE',
    });

    expect(row(rows, QIXIAN, 2021, 'facilities.count')).toMatchObject({
      value: 2,
      rank: 1,
      note: null,
    });
  });
});

describe('SQL statements', () => {
  it('runs no more statements for 20 regions than for 2', async () => {
    const cities = await app.sql<{ code: string }>(
      `select code from region where parent_code = ? order by code`,
      [SHANXI],
    );
    const counties = await app.sql<{ code: string }>(
      `select code from region where parent_code = ? order by code limit 9`,
      [JINZHONG],
    );
    const twenty = [...cities, ...counties].map((r) => r.code);
    expect(twenty).toHaveLength(20);
    const ask =
      (regions: string[], years = [2021, 2022]) =>
      () =>
        compare({
          regions,
          metrics: [
            'events.count',
            'facilities.quantity',
            'indicators.POPULATION',
            'indicators.REGULAR_EXERCISE_RATE',
          ],
          years,
          normalize: 'PER_10K_RESIDENTS',
        });
    await ask([JINZHONG, QIXIAN], [2020])(); // warm caches: the metric catalog, region lookups

    // Asked for the first time (answers are kept until the data changes, see below).
    const forTwo = await app.countStatements(ask([JINZHONG, QIXIAN]));
    const forTwenty = await app.countStatements(ask(twenty));

    expect(forTwo).toBeGreaterThan(1);
    expect(forTwenty).toBeLessThanOrEqual(forTwo);
  });

  it('answers a repeated question from the kept answer without a statement, until the data version changes', async () => {
    const question = () =>
      compare({ regions: [JINZHONG], metrics: ['facilities.quantity'], years: [2019] });
    await question();
    expect(await app.countStatements(question)).toBe(0);
    await app.sql('update data_version set version = version + 1 where id = 1');
    // the change is heard when its notification arrives (see data-version.test.ts)
    await waitFor(
      'the recomputed answer',
      async () => (await app.countStatements(question)) > 0 || null,
      5_000,
    );
  });
});
