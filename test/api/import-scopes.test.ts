import { ScopesImportLedgerDocument, ScopesOfBatchesDocument } from '../support/generated/graphql';
import { scratchDir, writeWorkbook, type SheetSpec } from '../support/ledger-workbook';
import { startTestApp, type TestApp } from '../support/test-app';
import { gqlUploadData } from '../support/uploads';

// ImportBatch.scopes (decisions §4): the (region, year, kind) a batch's rows cover, which a
// commit replaces — known after a dry run too, so a clerk sees what committing would replace.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('scopes')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** 祁县's facilities of 2023 and its events of 2024, in one workbook. */
const TWO_SCOPES: SheetSpec[] = [
  {
    name: '场地设施',
    rows: [
      ['2023年体育场地设施台账'],
      ['填报单位：祁县体育局'],
      ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'],
      [1, '东观镇健身园', '健身园', 3, 15],
      [2, '昌源河健身步道', '健身步道', 1, 120],
    ],
  },
  {
    name: '赛事活动',
    rows: [
      ['2024年全民健身活动台账'],
      ['填报单位：祁县体育局'],
      ['序号', '活动名称', '举办时间', '级别', '类别', '参与人数'],
      [1, '昌源河健步走', '2024-05-01', '市级', '全民健身', 800],
    ],
  },
];

test('a dry run and its commit name the scopes their rows cover, a refused one none', async () => {
  const file = await writeWorkbook(scratch.file('two-scopes.xlsx'), TWO_SCOPES);
  const dry = (await gqlUploadData(app, ScopesImportLedgerDocument, file, { dryRun: true }))
    .importLedger;
  const committed = (await gqlUploadData(app, ScopesImportLedgerDocument, file, {})).importLedger;
  const expected = [
    {
      regionCode: '140727',
      regionName: '祁县',
      year: 2023,
      kind: 'FACILITIES',
      kindLabel: '场地设施',
      rows: 2,
      region: { fullName: '山西省晋中市祁县' },
    },
    {
      regionCode: '140727',
      regionName: '祁县',
      year: 2024,
      kind: 'EVENTS',
      kindLabel: '赛事活动',
      rows: 1,
      region: { fullName: '山西省晋中市祁县' },
    },
  ];
  const sorted = <T extends { year: number }>(scopes: T[]) =>
    [...scopes].sort((a, b) => a.year - b.year);
  expect(dry.errors).toEqual([]);
  expect(dry.status).toBe('VALIDATED');
  expect(sorted(dry.scopes)).toEqual(expected);
  expect(committed.status).toBe('COMMITTED');
  expect(sorted(committed.scopes)).toEqual(expected);

  const broken = await writeWorkbook(scratch.file('broken.xlsx'), [
    {
      ...TWO_SCOPES[0],
      rows: [...TWO_SCOPES[0].rows.slice(0, 3), [1, '东观镇健身园', '健身园', '东区', 15]],
    },
  ]);
  const refused = (await gqlUploadData(app, ScopesImportLedgerDocument, broken, {})).importLedger;
  expect(refused.errors!.map((error) => `${error!.column}${error!.row}`)).toEqual(['D4']);
  expect(refused.status).toBe('FAILED');
  expect(refused.scopes).toEqual([]);

  // the list reads them from the stored report, with no statement per batch
  const listed = (await app.gql(ScopesOfBatchesDocument, { first: 1000 })).importBatches;
  const byId = new Map(listed!.nodes!.map((batch) => [batch!.id, batch!]));
  expect(byId.get(committed.id)!.scopes).toHaveLength(2);
  expect(byId.get(refused.id)!.scopes).toEqual([]);
});
