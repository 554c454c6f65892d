import { startTestApp, type TestApp } from '../support/test-app';
import {
  ComparisonFacilitySummaryDocument,
  type ComparisonFacilitySummaryQuery,
  type FacilityDimension,
  type RegionLevel,
} from '../support/generated/graphql';
import { SMALL_FACILITY_LEDGERS, importLedgers, importSeeds } from './ledgers';

// facilitySummary (api-contract.md): grouped totals; rollupTo adds sub-regions' rows into their
// ancestor at that level. 2021: 晋中市 own 6 rows (quantity 9, 7,750,000 yuan, 5300 m², 200 km),
// 祁县 2 (4, 1,350,000, 3000 m², 12 km), 介休市 2 (4, 0, —, 8 km), 太谷区 1 (1, 400,000, 800 m²),
// 仙桃市 1 (1, 5,000,000, 12000 m²). 2022: 天津市河东区 8 rows (53, no investment), 晋中市 2 +
// 平遥县 1 (3, 43,494,400 yuan), 临沂市河东区 2 (7, 900,000, 5 km).

type FacilityGroup = ComparisonFacilitySummaryQuery['facilitySummary'][number];

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, SMALL_FACILITY_LEDGERS);
});

afterAll(async () => {
  await app?.stop();
});

type Filter = { regions?: string[]; includeDescendants?: boolean; years?: number[] };

async function summary(
  groupBy: FacilityDimension[],
  filter?: Filter,
  rollupTo?: RegionLevel,
): Promise<FacilityGroup[]> {
  return (await app.gql(ComparisonFacilitySummaryDocument, { filter, groupBy, rollupTo }))
    .facilitySummary;
}

/** Groups by region (and year) as plain objects, sorted, for exact comparison. */
function byRegion(groups: FacilityGroup[]) {
  return groups
    .map((g) => ({
      region: g.region?.code ?? null,
      year: g.year,
      count: g.count,
      quantity: g.quantity,
      investmentYuan: g.investmentYuan,
      areaM2: g.areaM2,
      lengthKm: g.lengthKm,
    }))
    .sort((a, b) => `${a.region} ${a.year}`.localeCompare(`${b.region} ${b.year}`));
}

const total = (groups: FacilityGroup[], field: 'investmentYuan' | 'quantity' | 'count') =>
  groups.reduce((sum, g) => sum + (g[field] ?? 0), 0);

describe('晋中市 2021 by type (the seed)', () => {
  it('groups the six rows by facility type, a blank quantity counting 1 and 乡镇补短板工程 as OTHER', async () => {
    const groups = await summary(['TYPE'], {
      regions: ['140700'],
      includeDescendants: false,
      years: [2021],
    });

    const rows = groups
      .map((g) => ({
        type: g.type,
        count: g.count,
        quantity: g.quantity,
        investmentYuan: g.investmentYuan,
        areaM2: g.areaM2,
        lengthKm: g.lengthKm,
      }))
      .sort((a, b) => String(a.type).localeCompare(String(b.type)));
    expect(rows).toEqual([
      {
        type: 'FITNESS_GARDEN',
        count: 1,
        quantity: 1,
        investmentYuan: null,
        areaM2: null,
        lengthKm: null,
      },
      {
        type: 'FITNESS_TRAIL',
        count: 2,
        quantity: 2,
        investmentYuan: 800_000,
        areaM2: 5300,
        lengthKm: 200,
      },
      {
        type: 'GYMNASIUM',
        count: 1,
        quantity: 1,
        investmentYuan: 3_450_000,
        areaM2: null,
        lengthKm: null,
      },
      {
        type: 'OTHER',
        count: 2,
        quantity: 5,
        investmentYuan: 3_500_000,
        areaM2: null,
        lengthKm: null,
      },
    ]);
    expect(total(groups, 'investmentYuan')).toBe(7_750_000);
    expect(total(groups, 'quantity')).toBe(9);
  });

  it('leaves the dimensions it does not group by empty', async () => {
    const groups = await summary(['TYPE'], {
      regions: ['140700'],
      includeDescendants: false,
      years: [2021],
    });

    for (const g of groups) {
      expect(g).toMatchObject({ region: null, year: null, status: null, projectType: null });
    }
  });

  it('groups 河东区 2022 by type: 40 健身园, no investment reported', async () => {
    const groups = await summary(['TYPE'], { regions: ['120102'], years: [2022] });

    const quantities = Object.fromEntries(groups.map((g) => [g.type, g.quantity]));
    expect(quantities).toEqual({
      FITNESS_GARDEN: 40,
      CAGE_FOOTBALL: 2,
      COMMUNITY_SPORTS_PARK: 5,
      FITNESS_TRAIL: 2,
      FITNESS_CENTER: 1,
      POCKET_PARK: 1,
      STADIUM: 1,
      ICE_RINK: 1,
    });
    expect(groups.every((g) => g.investmentYuan === null)).toBe(true);
  });
});

describe('rollupTo', () => {
  it('without rollupTo, keeps each county apart', async () => {
    const groups = await summary(['REGION'], { years: [2021] });

    expect(byRegion(groups).map((g) => [g.region, g.count])).toEqual([
      ['140700', 6],
      ['140703', 1],
      ['140727', 2],
      ['140781', 2],
      ['429004', 1],
    ]);
  });

  it('CITY puts 祁县, 介休市 (a county-level city) and 太谷区 under 晋中市, and keeps 仙桃市 (under its province) itself', async () => {
    const groups = await summary(['REGION'], { years: [2021] }, 'CITY');

    expect(byRegion(groups)).toEqual([
      {
        region: '140700',
        year: null,
        count: 6 + 2 + 2 + 1,
        quantity: 9 + 4 + 4 + 1,
        investmentYuan: 7_750_000 + 1_350_000 + 0 + 400_000,
        areaM2: 5300 + 3000 + 800,
        lengthKm: 200 + 12 + 8,
      },
      {
        region: '429004',
        year: null,
        count: 1,
        quantity: 1,
        investmentYuan: 5_000_000,
        areaM2: 12_000,
        lengthKm: null,
      },
    ]);
    expect(groups.find((g) => g.region?.code === '429004')?.region).toMatchObject({
      fullName: '湖北省仙桃市',
    });
  });

  it('CITY puts 天津市河东区 under 天津市 and 临沂市河东区 under 临沂市, never together', async () => {
    const groups = await summary(['REGION'], { years: [2022] }, 'CITY');

    expect(byRegion(groups)).toEqual([
      {
        region: '120000',
        year: null,
        count: 8,
        quantity: 53,
        investmentYuan: null,
        areaM2: null,
        lengthKm: null,
      },
      {
        region: '140700',
        year: null,
        count: 3,
        quantity: 3,
        investmentYuan: 43_494_400,
        areaM2: null,
        lengthKm: null,
      },
      {
        region: '371300',
        year: null,
        count: 2,
        quantity: 7,
        investmentYuan: 900_000,
        areaM2: null,
        lengthKm: 5,
      },
    ]);
  });

  it('PROVINCE groups under 山西省, 湖北省, 天津市 and 山东省', async () => {
    const groups = await summary(['REGION', 'YEAR'], {}, 'PROVINCE');

    expect(byRegion(groups).map((g) => [g.region, g.year, g.count, g.quantity])).toEqual([
      ['120000', 2022, 8, 53],
      ['140000', 2021, 11, 18],
      ['140000', 2022, 3, 3],
      ['370000', 2022, 2, 7],
      ['420000', 2021, 1, 1],
    ]);
  });

  it('filters by region before rolling up: 天津市 holds only 天津市河东区, 山东省 only 临沂市河东区', async () => {
    const tianjin = await summary(['REGION'], { regions: ['120000'] }, 'CITY');
    const hedong = await summary(['REGION'], { regions: ['120102'] });
    const shandong = await summary(['REGION'], { regions: ['370000'] }, 'PROVINCE');

    expect(byRegion(tianjin).map((g) => [g.region, g.count, g.quantity])).toEqual([
      ['120000', 8, 53],
    ]);
    expect(byRegion(hedong).map((g) => [g.region, g.count, g.quantity])).toEqual([
      ['120102', 8, 53],
    ]);
    expect(byRegion(shandong).map((g) => [g.region, g.count, g.quantity])).toEqual([
      ['370000', 2, 7],
    ]);
  });

  it('groups by region and year under 晋中市 with rollupTo CITY', async () => {
    const groups = await summary(['REGION', 'YEAR'], { regions: ['140700'] }, 'CITY');

    expect(
      byRegion(groups).map((g) => [g.region, g.year, g.count, g.quantity, g.investmentYuan]),
    ).toEqual([
      ['140700', 2021, 11, 18, 9_500_000],
      ['140700', 2022, 3, 3, 43_494_400],
    ]);
  });

  it('CITY with includeDescendants false keeps only the city’s own rows', async () => {
    const groups = await summary(
      ['REGION'],
      { regions: ['140700'], includeDescendants: false, years: [2021] },
      'CITY',
    );

    expect(byRegion(groups).map((g) => [g.region, g.count, g.quantity])).toEqual([
      ['140700', 6, 9],
    ]);
  });
});

describe('statements', () => {
  it('answers a first ask with one statement, for 2 counties as for 40, by type or rolled up', async () => {
    const counties = (
      await app.sql<{ code: string }>(
        `select code from region where level = 'DISTRICT' and province_code = '140000' order by code limit 40`,
      )
    ).map((r) => r.code);
    const cost = (regions: string[], groupBy: FacilityDimension[], rollupTo?: RegionLevel) =>
      app.countStatements(() => summary(groupBy, { regions }, rollupTo));

    // each question is new (its arguments differ), so none is answered from a kept answer
    expect(await cost(counties.slice(0, 2), ['REGION', 'TYPE'])).toBe(1);
    expect(await cost(counties, ['REGION', 'TYPE'])).toBe(1);
    expect(await cost(counties.slice(2, 4), ['REGION'], 'CITY')).toBe(1);
    expect(await cost(counties.slice(1), ['REGION'], 'CITY')).toBe(1);
  });

  it('answers the whole country per province with one statement, as the rows roll up', async () => {
    let groups: FacilityGroup[] = [];
    const statements = await app.countStatements(async () => {
      groups = await summary(['REGION'], { years: [2021] }, 'PROVINCE');
    });

    expect(statements).toBe(1);
    expect(byRegion(groups).map((g) => [g.region, g.count])).toEqual([
      ['140000', 11],
      ['420000', 1],
    ]);
  });
});
