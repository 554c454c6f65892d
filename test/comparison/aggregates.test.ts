import { aggregateOf, groupedSql } from '../../src/modules/comparison/aggregate.specs';
import { startTestApp, type TestApp } from '../support/test-app';
import { importLedgers, importSeeds, type LedgerSpec } from './ledgers';

// A commit brings its aggregates up to date from the figures it summed while its rows streamed
// by, plus the other batches' current rows read from the database. Whatever happened, the kept
// aggregates must equal what the aggregate's own SQL computes from the current rows alone.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

const HEADER = [
  '所属地区',
  '项目名称',
  '设施类型',
  '建设性质',
  '数量',
  '投资额（万元）',
  '面积（平方米）',
];

function facilities(file: string, region: string, bureau: string, rows: unknown[][]): LedgerSpec {
  return { file, region, year: 2023, bureau, sheet: '场地设施', header: HEADER, rows };
}

// 晋中市 reports rows in 祁县 and 平遥县 under its own scope (140700); 祁县 reports its own rows
// under 140727: the pair (祁县, 2023) sums rows of two scopes.
const CITY = facilities('jinzhong-2023.xlsx', '140700', '晋中市体育局', [
  ['祁县', '祁县全民健身中心', '全民健身中心', '新建', 1, 800, '约5000'],
  ['平遥县', '平遥古城健身步道', '健身步道', null, 1, null, null],
  [null, '晋中市体育公园', '体育公园', '改建', 2, 1200.5, 30000],
]);
const COUNTY = facilities('qixian-2023.xlsx', '140727', '祁县体育局', [
  ['祁县', '昌源河健身步道', '健身步道', '新建', 1, 120, null],
  ['祁县', '东观镇健身园', '健身园', null, 3, '约15', 600],
]);
const COUNTY_CORRECTED = {
  ...COUNTY,
  file: 'qixian-2023-corrected.xlsx',
  rows: [...COUNTY.rows, ['祁县', '贾令镇笼式足球场', '笼式足球场', '新建', 1, 45, 600]],
};

async function expectKeptEqualsRecomputed(): Promise<void> {
  for (const table of ['facility', 'event']) {
    const aggregate = aggregateOf(table)!;
    const order = 'order by dim, dim_value, region_code, year';
    const kept = await app.sql(`select * from ${aggregate.agg} ${order}`);
    const recomputed = await app.sql(`select * from (${groupedSql(aggregate, 'true')}) g ${order}`);
    // same columns in the same order; compared as text (counts come back as int or bigint)
    const rows = (list: Record<string, unknown>[]) => list.map((r) => Object.values(r).map(String));
    expect(rows(kept)).toEqual(rows(recomputed));
  }
}

it('keeps the aggregates equal to a recompute when scopes overlap, are replaced and rolled back', async () => {
  await importSeeds(app); // 晋中市 2021 events, 3 of them in 祁县; 河东区 2022
  await importLedgers(app, [CITY, COUNTY]);
  await expectKeptEqualsRecomputed();
  const qixian = async () =>
    (
      await app.sql(
        `select count, quantity, investment_yuan, investment_approx, area_m2, area_approx
         from facility_agg where dim = '' and region_code = '140727' and year = 2023`,
      )
    )[0];
  expect(await qixian()).toEqual({
    count: 3,
    quantity: '5',
    investment_yuan: 9_350_000,
    investment_approx: true,
    area_m2: 5600,
    area_approx: true,
  });

  await importLedgers(app, [COUNTY_CORRECTED]);
  await expectKeptEqualsRecomputed();
  expect(await qixian()).toMatchObject({ count: 4, quantity: '6', investment_yuan: 9_800_000 });

  const [{ id }] = await app.sql<{ id: number }>(
    `select id from import_batch where file_name = 'qixian-2023-corrected.xlsx'`,
  );
  const response = await app.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($id: ID!) { rollbackImport(id: $id) { status } }`,
      variables: { id: String(id) },
    }),
  });
  expect(await response.json()).toEqual({ data: { rollbackImport: { status: 'ROLLED_BACK' } } });
  await expectKeptEqualsRecomputed();
  expect(await qixian()).toMatchObject({ count: 3, quantity: '5', investment_yuan: 9_350_000 });
});
