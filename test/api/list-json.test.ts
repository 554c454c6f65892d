import { print } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ListJsonDistrictDocument,
  ListJsonDistrictExecutedDocument,
  ListJsonEventsDocument,
  ListJsonEventsExecutedDocument,
  ListJsonFacilitiesDocument,
  ListJsonFacilitiesExecutedDocument,
  type ListJsonEventsQueryVariables,
  type ListJsonFacilitiesQueryVariables,
} from '../support/generated/graphql';
import {
  LINYI_HEDONG_EVENTS_2022,
  SMALL_FACILITY_LEDGERS,
  importLedgers,
  importSeeds,
} from '../comparison/ledgers';

// A list asked with plain fields is written as JSON by PostgreSQL (http/flat-list.ts); the same
// list with a __typename beside them goes through GraphQL execution. Both must give the same
// rows, values, order and pages, and the same refusals.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  await importLedgers(app, [
    ...SMALL_FACILITY_LEDGERS,
    LINYI_HEDONG_EVENTS_2022,
    {
      // text JSON must escape, dates of each precision, approximate figures, empty cells
      file: 'xiaodian-facilities-2023.xlsx',
      region: '140105',
      year: 2023,
      bureau: '太原市小店区体育局',
      sheet: '场地设施',
      header: ['所属地区', '项目名称', '设施类型', '数量', '投资额（万元）', '建成时间', '备注'],
      rows: [
        [
          '小店区',
          '“龙城”健身园 "A\\B"',
          '健身园',
          2,
          '约12.5',
          '2023年5月',
          '第一行\n第二行\t制表',
        ],
        ['小店区', '滨河健身步道', '健身步道', 1, null, '2023', null],
        ['小店区', '全民健身中心', '全民健身中心', 1, 3000.75, '2023-08-18', '😀 表情'],
      ],
    },
  ]);
});

afterAll(async () => {
  await app?.stop();
});

const withoutTypename = <T extends { __typename?: string }>({ __typename, ...rest }: T) => rest;

const FACILITY_PAGES: ListJsonFacilitiesQueryVariables[] = [
  {},
  { first: 3 },
  { filter: { regions: ['140700'] }, first: 4 },
  { filter: { regions: ['140700'], includeDescendants: false } },
  { filter: { types: ['FITNESS_GARDEN', 'FITNESS_TRAIL'], nameContains: '健身' } },
  { region: '140105,140700', year: 2023 },
  { years: '2021,2022', first: 0 },
  { filter: { regions: ['650000'] } },
  { filter: { regions: ['999999'] } },
];

describe('lists as JSON written by PostgreSQL', () => {
  it.each(FACILITY_PAGES)('answers facilities %j as GraphQL execution does', async (variables) => {
    let flat: unknown = null;
    let executed: unknown = null;
    const flatSql = await app.statements(async () => {
      flat = (await app.gql(ListJsonFacilitiesDocument, variables)).facilities;
    });
    const executedSql = await app.statements(async () => {
      executed = (await app.gql(ListJsonFacilitiesExecutedDocument, variables)).facilities;
    });

    expect(flatSql.filter((sql) => sql.includes('string_agg('))).toHaveLength(1);
    expect(executedSql.filter((sql) => sql.includes('string_agg('))).toHaveLength(0);
    expect(flat).toEqual(withoutTypename(executed as { __typename: string }));
  });

  it('walks every page of a list as GraphQL execution does', async () => {
    const pages: [unknown[], unknown[]] = [[], []];
    for (const [i, document] of [
      ListJsonFacilitiesDocument,
      ListJsonFacilitiesExecutedDocument,
    ].entries()) {
      let after: string | null | undefined;
      do {
        const { facilities } = await app.gql(document, { first: 2, after });
        pages[i].push(facilities!.nodes);
        after = facilities!.page.hasNextPage ? facilities!.page.endCursor : null;
      } while (after);
    }

    expect(pages[0].length).toBeGreaterThan(5);
    expect(pages[0]).toEqual(pages[1]);
  });

  it('writes text, dates, approximate figures and labels as the schema types them', async () => {
    const variables = { filter: { regions: ['140105'] } };
    const { facilities } = await app.gql(ListJsonFacilitiesDocument, variables);

    expect(facilities!.nodes.map(({ id: _id, ...node }) => node)).toEqual([
      expect.objectContaining({
        name: '“龙城”健身园 "A\\B"',
        notes: '第一行 第二行 制表',
        investmentYuan: 125_000,
        approximateFields: ['investmentYuan'],
        completedOn: '2023-05-01',
        completedOnPrecision: 'MONTH',
        completedOnPrecisionLabel: '月',
        type: 'FITNESS_GARDEN',
        typeLabel: '健身园',
        regionCode: '140105',
        regionName: '小店区',
        place: {
          level: 'DISTRICT',
          fullName: '山西省太原市小店区',
          code: '140105',
          name: '小店区',
        },
      }),
      expect.objectContaining({ investmentYuan: null, completedOn: '2023-01-01', notes: null }),
      expect.objectContaining({ investmentYuan: 30_007_500, notes: '😀 表情' }),
    ]);

    // the importer folds a cell's line breaks; text stored otherwise is escaped all the same
    await app.sql(
      `update facility set notes = E'行\\n\\t\\u0001\\\\"' where region_code = '140105'`,
    );
    const written = (await app.gql(ListJsonFacilitiesDocument, variables)).facilities!;
    const executed = (await app.gql(ListJsonFacilitiesExecutedDocument, variables)).facilities!;

    expect(written.nodes[0].notes).toBe('行\n\t\u0001\\"');
    expect(written).toEqual(withoutTypename(executed));
  });

  it.each<ListJsonEventsQueryVariables>([
    {},
    { filter: { regions: ['371312'], categories: ['MASS_FITNESS'] } },
    { first: 1, after: null },
  ])('answers events %j as GraphQL execution does', async (variables) => {
    const flat = (await app.gql(ListJsonEventsDocument, variables)).events;
    const executed = (await app.gql(ListJsonEventsExecutedDocument, variables)).events;

    expect(flat!.nodes.length).toBeGreaterThan(0);
    expect(flat).toEqual(withoutTypename(executed!));
  });

  it('answers a region and its first facilities with one statement', async () => {
    let flat: unknown = null;
    const statements = await app.statements(async () => {
      flat = await app.gql(ListJsonDistrictDocument, { code: '140727' });
    });
    const executed = await app.gql(ListJsonDistrictExecutedDocument, { code: '140727' });

    expect(statements).toHaveLength(1);
    expect(flat).toEqual({ ...executed, region: withoutTypename(executed.region!) });
    expect(executed.facilities!.nodes).toHaveLength(2);
  });

  it('sends the response as compactly as JSON.stringify writes it', async () => {
    const response = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(ListJsonDistrictDocument),
        variables: { code: '140727' },
      }),
    });
    const text = await response.text();

    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
  });

  it.each([
    [{ after: 'not a cursor' }, 'BAD_CURSOR'],
    [{ first: 5000 }, 'PAGE_LIMIT'],
    [{ first: -1 }, 'BAD_USER_INPUT'],
    [{ years: '2021,今年' }, 'BAD_USER_INPUT'],
  ] as [ListJsonFacilitiesQueryVariables, string][])(
    'refuses %j as GraphQL execution does (%s)',
    async (variables, code) => {
      const post = (query: string) =>
        app
          .fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          })
          .then(async (response) => ({
            status: response.status,
            body: (await response.json()) as { errors: { extensions: { code: string } }[] },
          }));
      const flat = await post(print(ListJsonFacilitiesDocument));
      const executed = await post(print(ListJsonFacilitiesExecutedDocument));

      expect(flat.body.errors[0].extensions.code).toBe(code);
      expect(flat).toEqual(executed);
    },
  );
});
