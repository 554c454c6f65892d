import {
  BiCompareOneStringDocument,
  BiFlatFacilitiesDocument,
  BiSummaryByDefaultDocument,
} from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import { importSeeds } from '../comparison/ledgers';

// What a connector can send (strings and integers, never an input object or an enum) and the
// labelled flat rows it gets back; the Python connector itself is exercised in bi-connector.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const count = async (variables: Record<string, unknown>) =>
  (await app.gql(BiFlatFacilitiesDocument, variables)).facilities!.totalCount;

describe('arguments a BI connector can send', () => {
  it('filters lists on the server by flat region, year and comma-separated years', async () => {
    const [owner] = await app.sql<{ n: number }>(
      `select count(*)::int as n from facility f join region r on r.code = f.region_code
       where f.current and r.city_code = '140700'`,
    );
    expect(owner.n).toBeGreaterThan(0);
    expect(await count({ region: '140700' })).toBe(owner.n);
    const all = await count({});
    const hedong = await count({ region: '120102' });
    expect(hedong).toBeGreaterThan(0);
    expect(await count({ region: '140700,120102' })).toBe(owner.n + hedong);
    expect(await count({ region: '110101' })).toBe(0);
    const years = await app.sql<{ year: number; n: number }>(
      'select year, count(*)::int as n from facility where current group by year',
    );
    const [first] = years;
    expect(await count({ year: first.year })).toBe(first.n);
    expect(await count({ years: years.map((y) => y.year).join(',') })).toBe(all);
    // combined with filter by AND
    expect(await count({ region: '140700', filter: { regions: ['120102'] } })).toBe(0);
  });

  it('refuses years that are not numbers with a clear error and changes nothing', async () => {
    const before = await count({});
    const answer = await app.gqlRaw(BiFlatFacilitiesDocument, { years: '2021,今年' });
    expect(answer.errors?.[0]).toMatchObject({
      message: '"years" takes years separated by commas, got "今年"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await count({})).toBe(before);
  });

  it('labels each fact row with its region and the Chinese words of its enums', async () => {
    const { facilities } = await app.gql(BiFlatFacilitiesDocument, { region: '120102' });
    expect(facilities!.nodes.length).toBeGreaterThan(0);
    for (const node of facilities!.nodes) {
      expect(node).toMatchObject({
        regionCode: '120102',
        regionName: '河东区',
        regionFullName: '天津市河东区',
        regionLevelLabel: '县级',
        cityCode: '120000',
        provinceCode: '120000',
      });
      expect(node.typeLabel).toEqual(expect.any(String));
      expect(node.statusLabel).toEqual(expect.any(String));
    }
    const garden = facilities!.nodes.find((n) => n.type === 'FITNESS_GARDEN');
    expect(garden?.typeLabel ?? '健身园').toBe('健身园');
  });

  it('compares regions and metrics given as one comma-separated string each', async () => {
    const { compare } = await app.gql(BiCompareOneStringDocument, {
      regions: ['120102,140700'],
      metrics: ['facilities.quantity,results.gold'],
    });
    expect(new Set(compare.map((r) => r.regionCode))).toEqual(new Set(['120102', '140700']));
    expect(new Set(compare.map((r) => r.metric))).toEqual(
      new Set(['facilities.quantity', 'results.gold']),
    );
    const listed = await app.gql(BiCompareOneStringDocument, {
      regions: ['120102', '140700'],
      metrics: ['facilities.quantity', 'results.gold'],
    });
    expect(compare).toEqual(listed.compare);
    expect(compare.find((r) => r.regionCode === '140700')?.regionFullName).toBe('山西省晋中市');
  });

  it('groups summaries by region when groupBy is omitted', async () => {
    const { facilitySummary, eventSummary } = await app.gql(BiSummaryByDefaultDocument, {});
    const codes = facilitySummary.map((g) => g.regionCode);
    expect(codes.length).toBeGreaterThan(1);
    expect(new Set(codes).size).toBe(codes.length);
    expect(facilitySummary.every((g) => g.type === null && g.regionName)).toBe(true);
    expect(eventSummary.length).toBeGreaterThan(0);
    const jinzhong = await app.gql(BiSummaryByDefaultDocument, { region: '140700' });
    expect(jinzhong.facilitySummary.length).toBeGreaterThan(0);
    expect(jinzhong.facilitySummary.length).toBeLessThan(facilitySummary.length);
  });
});
