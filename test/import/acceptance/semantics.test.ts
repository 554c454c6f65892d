import { Client } from 'pg';
import {
  AcceptanceEventsDocument,
  AcceptanceFacilitiesDocument,
  AcceptanceImportBatchDocument,
  AcceptanceImportLedgerDocument,
  AcceptanceRollbackImportDocument,
  type AcceptanceBatchFragment,
} from '../../support/generated/graphql';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { fixturePath } from '../../support/fixtures';
import {
  facilitySheet,
  scratchDir,
  writeFacilityLedger,
  writeWorkbook,
} from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { gqlUploadData } from '../../support/uploads';

// ledger-spec §7: replace, identical file, rollback, dry run, concurrent imports, source.
// Each test works on its own county, so none depends on another's rows.

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

beforeAll(async () => {
  [app, scratch] = await Promise.all([startTestApp(), scratchDir('semantics')]);
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) {
      throw new Error('gave up waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function upload(
  file: string,
  variables: { region?: string; year?: number; dryRun?: boolean } = {},
): Promise<AcceptanceBatchFragment> {
  // read in English: these tests check the pipeline's own sentences (test/api/clerk-language
  // checks the Chinese a clerk reads by default)
  return (
    await gqlUploadData(app, AcceptanceImportLedgerDocument, file, variables, undefined, ENGLISH)
  ).importLedger;
}

const ENGLISH = { 'accept-language': 'en' };

async function batch(id: string): Promise<AcceptanceBatchFragment> {
  return (await app.gql(AcceptanceImportBatchDocument, { id }, ENGLISH)).importBatch!;
}

async function listed(region: string, year: number) {
  const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
    filter: { regions: [region], years: [year] },
  });
  return facilities!.nodes
    .map((f) => ({
      name: f.name,
      quantity: f.quantity,
      investmentYuan: f.investmentYuan,
      batch: f.source.batch.id,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

it('re-importing the same file changes nothing and says which batch it matches', async () => {
  const file = await writeFacilityLedger(scratch.file('qixian-2023.xlsx'), {
    bureau: '祁县体育局',
    year: 2023,
    rows: [
      ['昌源河健身步道', '健身步道', 1, 120],
      ['东观镇健身园', '健身园', 3, 15],
    ],
  });
  const first = await upload(file);
  expect(first).toMatchObject({
    status: 'COMMITTED',
    rowsImported: 2,
    region: { code: '140727' },
    year: 2023,
    identicalTo: null,
  });
  const before = await snapshotImportedTables(app.sql);

  const second = await upload(file);

  expect(second).toMatchObject({
    status: 'COMMITTED',
    rowsImported: 0,
    identicalTo: { id: first.id },
    replaces: null,
    errors: [],
  });
  expect(second.sha256).toBe(first.sha256);
  expect(second.warnings).toEqual([
    expect.objectContaining({
      code: 'IDENTICAL_FILE',
      message: expect.stringContaining(`batch ${first.id}`),
    }),
  ]);
  expect(await snapshotImportedTables(app.sql)).toEqual(before);
  expect(await listed('140727', 2023)).toEqual([
    { name: '东观镇健身园', quantity: 3, investmentYuan: 150_000, batch: first.id },
    { name: '昌源河健身步道', quantity: 1, investmentYuan: 1_200_000, batch: first.id },
  ]);
  expect((await batch(first.id)).status).toBe('COMMITTED');
});

describe('a corrected ledger for the same scope, and rolling it back', () => {
  const JIEXIU = '140781';
  let old: AcceptanceBatchFragment;
  let corrected: AcceptanceBatchFragment;

  beforeAll(async () => {
    const oldFile = await writeFacilityLedger(scratch.file('jiexiu-2023.xlsx'), {
      bureau: '介休市体育局',
      year: 2023,
      rows: [
        ['绵山体育公园', '体育公园', 1, 500],
        ['义安镇健身园', '健身园', 2, 10],
      ],
    });
    const correctedFile = await writeFacilityLedger(scratch.file('jiexiu-2023-corrected.xlsx'), {
      bureau: '介休市体育局',
      year: 2023,
      rows: [
        ['绵山体育公园', '体育公园', 1, 550],
        ['义安镇健身园', '健身园', 4, 20],
        ['城区笼式足球场', '笼式足球场', 1, 60],
      ],
    });
    old = await upload(oldFile);
    corrected = await upload(correctedFile);
  });

  it('replaces the previous rows: only the corrected ones are listed, the old batch is SUPERSEDED', async () => {
    expect(old.status).toBe('COMMITTED');
    expect(corrected).toMatchObject({
      status: 'COMMITTED',
      rowsImported: 3,
      replaces: { id: old.id, status: 'SUPERSEDED' },
    });
    expect((await batch(old.id)).status).toBe('SUPERSEDED');
    expect(await listed(JIEXIU, 2023)).toEqual([
      { name: '义安镇健身园', quantity: 4, investmentYuan: 200_000, batch: corrected.id },
      { name: '城区笼式足球场', quantity: 1, investmentYuan: 600_000, batch: corrected.id },
      { name: '绵山体育公园', quantity: 1, investmentYuan: 5_500_000, batch: corrected.id },
    ]);
    // the old rows stay in history
    const history = await app.sql(
      'select count(*)::int as n from facility where batch_id = ? and not current',
      [Number(old.id)],
    );
    expect(history).toEqual([{ n: 2 }]);
  });

  it('rollbackImport of the new batch restores the old rows and the old batch', async () => {
    const { rollbackImport } = await app.gql(AcceptanceRollbackImportDocument, {
      id: corrected.id,
    });

    expect(rollbackImport).toMatchObject({ id: corrected.id, status: 'ROLLED_BACK' });
    expect((await batch(old.id)).status).toBe('COMMITTED');
    expect(await listed(JIEXIU, 2023)).toEqual([
      { name: '义安镇健身园', quantity: 2, investmentYuan: 100_000, batch: old.id },
      { name: '绵山体育公园', quantity: 1, investmentYuan: 5_000_000, batch: old.id },
    ]);
    const scopes = await app.sql(
      'select batch_id, current from import_scope where region_code = ? and year = 2023 order by batch_id',
      [JIEXIU],
    );
    expect(scopes).toEqual([
      { batch_id: Number(old.id), current: true },
      { batch_id: Number(corrected.id), current: false },
    ]);
  });

  it('refuses to roll back a superseded batch, with ROLLBACK_REFUSED, changing nothing', async () => {
    const thirdFile = await writeFacilityLedger(scratch.file('jiexiu-2023-third.xlsx'), {
      bureau: '介休市体育局',
      year: 2023,
      rows: [['绵山体育公园', '体育公园', 1, 560]],
    });
    const third = await upload(thirdFile);
    expect(third).toMatchObject({
      status: 'COMMITTED',
      replaces: { id: old.id, status: 'SUPERSEDED' },
    });
    const before = await snapshotImportedTables(app.sql);

    const refused = await app.gqlRaw(AcceptanceRollbackImportDocument, { id: old.id });
    const english = await app.gqlRaw(
      AcceptanceRollbackImportDocument,
      { id: old.id },
      { 'accept-language': 'en' },
    );

    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: `第 ${old.id} 批已被第 ${third.id} 批替换，不能撤销；请先撤销第 ${third.id} 批`,
        extensions: expect.objectContaining({ code: 'ROLLBACK_REFUSED' }),
      }),
    ]);
    expect(english.errors?.[0].message).toBe(
      `batch ${old.id} has been replaced by batch ${third.id}; roll that back first`,
    );
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    expect((await batch(old.id)).status).toBe('SUPERSEDED');
    expect(await listed(JIEXIU, 2023)).toEqual([
      { name: '绵山体育公园', quantity: 1, investmentYuan: 5_600_000, batch: third.id },
    ]);
    // a batch already rolled back cannot be rolled back again either
    const again = await app.gqlRaw(AcceptanceRollbackImportDocument, { id: corrected.id });
    expect(again.errors?.[0].extensions?.code).toBe('ROLLBACK_REFUSED');
  });
});

describe('a dry run', () => {
  it('reports exactly what the real import reports, and writes nothing', async () => {
    const file = await writeWorkbook(scratch.file('pingyao-2023.xlsx'), [
      facilitySheet({
        bureau: '平遥县体育局',
        year: 2023,
        rows: [
          ['古城健身步道', '健身步道', '约3', 80],
          ['平遥县游乐场', '游乐场', 1, '200余'],
        ],
      }),
      { name: 'Sheet3', rows: [['说明：本表为平遥县体育局自用']] },
    ]);
    const before = await snapshotImportedTables(app.sql);

    const dry = await upload(file, { dryRun: true });

    expect(dry).toMatchObject({
      status: 'VALIDATED',
      dryRun: true,
      errors: [],
      // the rows the import would write; none was written
      rowsImported: 2,
      region: { code: '140728' },
      year: 2023,
    });
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    expect(await listed('140728', 2023)).toEqual([]);

    const real = await upload(file);

    expect(real).toMatchObject({
      status: 'COMMITTED',
      dryRun: false,
      rowsImported: 2,
      identicalTo: null,
    });
    expect(dry.sheets).toEqual(real.sheets);
    expect(dry.errors).toEqual(real.errors);
    expect(dry.warnings).toEqual(real.warnings);
    expect(real.sheets).toEqual([
      expect.objectContaining({
        name: '场地设施',
        kind: 'FACILITIES',
        rowsRead: 2,
        rowsImported: 2,
      }),
      expect.objectContaining({
        name: 'Sheet3',
        kind: null,
        skippedReason: expect.any(String),
        rowsImported: 0,
      }),
    ]);
    expect(real.warnings!.map((w) => w.code).sort()).toEqual(
      ['APPROXIMATE_VALUE', 'APPROXIMATE_VALUE', 'SHEET_SKIPPED', 'UNKNOWN_ENUM_VALUE'].sort(),
    );
  });

  it('of a ledger with cell errors reports the same errors as a real import, and writes nothing', async () => {
    const before = await snapshotImportedTables(app.sql);
    const dry = await upload(fixturePath('bad/cell-errors.xlsx'), { dryRun: true });
    const real = await upload(fixturePath('bad/cell-errors.xlsx'));
    expect(dry).toMatchObject({ status: 'FAILED', dryRun: true });
    expect(real).toMatchObject({ status: 'FAILED', dryRun: false });
    expect(dry.errors).toHaveLength(8);
    expect(dry.errors).toEqual(real.errors);
    expect(dry.warnings).toEqual(real.warnings);
    expect(dry.sheets).toEqual(real.sheets);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  });
});

it('two imports of the same scope sent at the same moment end as if one ran after the other', async () => {
  const XIYANG = '140724';
  const rows = (prefix: string) =>
    Array.from({ length: 30 }, (_, i) => [`${prefix}健身园${i + 1}`, '健身园', 1, i + 1]);
  const [fileA, fileB] = await Promise.all([
    writeFacilityLedger(scratch.file('xiyang-a.xlsx'), {
      bureau: '昔阳县体育局',
      year: 2023,
      rows: rows('甲'),
    }),
    writeFacilityLedger(scratch.file('xiyang-b.xlsx'), {
      bureau: '昔阳县体育局',
      year: 2023,
      rows: rows('乙').slice(0, 25),
    }),
  ]);

  // Both imports are held at their commit, with their rows written but not committed, until
  // both wait there: then they are let go together.
  const blocker = new Client({ connectionString: app.running.db.url });
  await blocker.connect();
  let sending: Promise<AcceptanceBatchFragment[]>;
  try {
    await blocker.query('begin');
    await blocker.query('lock table import_scope in share row exclusive mode');
    sending = Promise.all([upload(fileA), upload(fileB)]);
    await waitFor(async () => {
      const [{ n }] = await app.sql<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      return n === 2;
    });
  } finally {
    await blocker.query('rollback');
    await blocker.end();
  }
  const sent = await sending;

  const [a, b] = await Promise.all(sent.map((s) => batch(s.id)));
  const [current, superseded] = a.status === 'COMMITTED' ? [a, b] : [b, a];
  expect(current.status).toBe('COMMITTED');
  expect(superseded.status).toBe('SUPERSEDED');
  expect(current.replaces).toEqual({ id: superseded.id, status: 'SUPERSEDED' });
  expect(superseded.replaces).toBeNull();
  const rowsNow = await listed(XIYANG, 2023);
  expect(rowsNow).toHaveLength(current.rowsImported);
  expect(new Set(rowsNow.map((r) => r.batch))).toEqual(new Set([current.id]));
  const scopes = await app.sql(
    'select batch_id, current, replaced_batch_id from import_scope where region_code = ? order by batch_id',
    [XIYANG],
  );
  expect(scopes).toEqual(
    [
      { batch_id: Number(superseded.id), current: false, replaced_batch_id: null },
      { batch_id: Number(current.id), current: true, replaced_batch_id: Number(superseded.id) },
    ].sort((x, y) => x.batch_id - y.batch_id),
  );
});

it('every stored row remembers its source: batch, sheet name and row number', async () => {
  const file = await writeWorkbook(scratch.file('yuci-2023.xlsx'), [
    {
      name: '赛事活动',
      rows: [
        ['榆次区2023年赛事活动台账'],
        ['填报单位：榆次区体育局', null, '年度：2023'],
        ['序号', '活动名称', '级别'],
        [1, '榆次区全民健身运动会', '区级'],
        [],
        [2, '榆次区青少年篮球赛', '区级'],
      ],
    },
    facilitySheet({
      bureau: '榆次区体育局',
      year: 2023,
      rows: [['榆次区体育馆', '体育馆', 1, 3000]],
      sheetName: '场地建设',
    }),
  ]);

  const imported = await upload(file);

  expect(imported).toMatchObject({
    status: 'COMMITTED',
    rowsImported: 3,
    region: { code: '140702' },
  });
  const { events } = await app.gql(AcceptanceEventsDocument, { filter: { regions: ['140702'] } });
  expect(events!.nodes.map((e) => [e.name, e.source]).sort()).toEqual([
    ['榆次区全民健身运动会', { batch: { id: imported.id }, sheet: '赛事活动', row: 4 }],
    ['榆次区青少年篮球赛', { batch: { id: imported.id }, sheet: '赛事活动', row: 6 }],
  ]);
  const { facilities } = await app.gql(AcceptanceFacilitiesDocument, {
    filter: { regions: ['140702'] },
  });
  expect(facilities!.nodes.map((f) => f.source)).toEqual([
    { batch: { id: imported.id }, sheet: '场地建设', row: 5 },
  ]);
  const unsourced = await app.sql(
    `select count(*)::int as n from (select batch_id, sheet, row from event union all select batch_id, sheet, row from facility
     union all select batch_id, sheet, row from result union all select batch_id, sheet, row from indicator) f
     where batch_id is null or sheet is null or row is null or row < 1`,
  );
  expect(unsourced).toEqual([{ n: 0 }]);
});
