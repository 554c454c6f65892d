import { print } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ComparisonFacilitySummaryExecutedDocument,
  ComparisonFacilitySummaryFlatDocument,
  type FacilityDimension,
  type FacilityType,
  type RegionLevel,
} from '../support/generated/graphql';
import { SMALL_FACILITY_LEDGERS, importLedgers, importSeeds } from './ledgers';

// A facilitySummary with a flat selection is answered with JSON PostgreSQL builds; the same
// question with a field only GraphQL writes (__typename) goes through GraphQL execution. Both
// must give the same rows, values and order.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, SMALL_FACILITY_LEDGERS);
});

afterAll(async () => {
  await app?.stop();
});

type Filter = {
  regions?: string[];
  years?: number[];
  types?: FacilityType[];
  nameContains?: string;
  includeDescendants?: boolean;
};
type Question = [FacilityDimension[], Filter | undefined, RegionLevel | undefined];

const QUESTIONS: Question[] = [
  [['REGION'], undefined, undefined],
  [['REGION', 'TYPE'], { regions: ['140700'] }, undefined],
  [['REGION', 'TYPE'], { regions: ['140700'] }, 'CITY'],
  [['REGION'], { years: [2021] }, 'PROVINCE'],
  [['REGION', 'YEAR'], { years: [2021, 2022] }, 'CITY'],
  [['TYPE'], { years: [2022] }, undefined],
  [['STATUS', 'PROJECT_TYPE'], undefined, undefined],
  [['REGION', 'TYPE'], { types: ['FITNESS_GARDEN'], nameContains: '园' }, undefined],
  [['REGION'], { regions: ['140700'], includeDescendants: false }, 'CITY'],
  [['REGION'], { years: [1999] }, undefined],
];

describe('facilitySummary as JSON built by PostgreSQL', () => {
  it.each(QUESTIONS)(
    'answers %j %j %s as GraphQL execution does',
    async (groupBy, filter, rollupTo) => {
      const variables = { groupBy, filter, rollupTo };
      let flat: unknown[] = [];
      let executed: unknown[] = [];
      const flatSql = await app.statements(async () => {
        flat = (await app.gql(ComparisonFacilitySummaryFlatDocument, variables)).totals;
      });
      const executedSql = await app.statements(async () => {
        executed = (await app.gql(ComparisonFacilitySummaryExecutedDocument, variables)).totals;
      });

      expect(flatSql).toEqual([expect.stringContaining('string_agg(')]);
      expect(executedSql).toEqual([expect.not.stringContaining('string_agg(')]);
      expect(flat).toEqual(
        (executed as { __typename: string }[]).map(({ __typename, ...row }) => row),
      );
    },
  );

  it('holds rows with their region, aliases and numbers as the schema types them', async () => {
    const { totals } = await app.gql(ComparisonFacilitySummaryFlatDocument, {
      groupBy: ['REGION'],
      filter: { regions: ['140700'], years: [2021] },
      rollupTo: 'CITY',
    });

    expect(totals).toEqual([
      {
        region: { code: '140700', label: '晋中市' },
        year: null,
        type: null,
        status: null,
        projectType: null,
        rows: 11,
        quantity: 18,
        investmentYuan: 9_500_000,
        areaM2: 9100,
        lengthKm: 220,
      },
    ]);
  });

  it('sends the answer as compactly as JSON.stringify writes it', async () => {
    const response = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(ComparisonFacilitySummaryFlatDocument),
        variables: { groupBy: ['REGION', 'TYPE'], filter: { regions: ['140700'], years: [2021] } },
      }),
    });
    const text = await response.text();

    expect(JSON.parse(text).data.totals.length).toBeGreaterThan(1);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
  });

  it('answers the whole country by district and type with one statement', async () => {
    const statements = await app.countStatements(() =>
      app.gql(ComparisonFacilitySummaryFlatDocument, {
        groupBy: ['REGION', 'TYPE'],
        filter: { years: [2022] },
      }),
    );

    expect(statements).toBe(1);
  });

  it('answers a list longer than one part of the statement (100 groups) as GraphQL does', async () => {
    // 晋中市's eleven county-level regions × ten types: 110 groups, written in two parts
    const districts = ['榆次区', '太谷区', '榆社县', '左权县', '和顺县', '昔阳县'];
    const more = ['寿阳县', '祁县', '平遥县', '灵石县', '介休市'];
    const types = ['体育馆', '全民健身中心', '体育公园', '健身园', '健身步道'];
    const courts = ['笼式足球场', '足球场', '篮球场', '网球场', '游泳馆'];
    const rows = [...districts, ...more].flatMap((district, i) =>
      [...types, ...courts].map((type, j) => [
        district,
        `${district}${type}${j}号`,
        type,
        1,
        i + j,
      ]),
    );
    await importLedgers(app, [
      {
        file: 'jinzhong-facilities-2023.xlsx',
        region: '140700',
        year: 2023,
        bureau: '晋中市体育局',
        sheet: '场地设施',
        header: ['所属地区', '项目名称', '设施类型', '数量', '投资额（万元）'],
        rows,
      },
    ]);
    const variables = {
      groupBy: ['REGION', 'TYPE'] as FacilityDimension[],
      filter: { years: [2023] },
    };

    const flat = (await app.gql(ComparisonFacilitySummaryFlatDocument, variables)).totals;
    const executed = (await app.gql(ComparisonFacilitySummaryExecutedDocument, variables)).totals;

    expect(flat).toHaveLength(110);
    expect(flat).toEqual(
      (executed as { __typename: string }[]).map(({ __typename, ...row }) => row),
    );
  });

  it('leaves a question it cannot write to GraphQL, which refuses it as before', async () => {
    const response = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ facilitySummary(groupBy: []) { count } }`,
      }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };

    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
