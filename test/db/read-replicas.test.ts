import { Client } from 'pg';
import { ConfigError, loadConfig } from '../../src/config';
import type { ReadReplicaDriver } from '../../src/db/read-driver';
import {
  ClerkImportLedgerDocument,
  ComparisonFacilitySummaryDocument,
  FacilityListDocument,
  ImportBatchByIdDocument,
} from '../support/generated/graphql';
import { scratchDir, writeWorkbook } from '../support/ledger-workbook';
import { findPgBin, startPgCluster, type PgCluster } from '../support/pg-cluster';
import { LogCapture, startTestApp, statementsOn, type TestApp } from '../support/test-app';
import { gqlUploadData, postImport } from '../support/uploads';
import { waitFor } from '../support/wait-for';
import {
  JIEXIU_FACILITIES_2021,
  QIXIAN_FACILITIES_2021,
  TAIGU_FACILITIES_2021,
  XIANTAO_FACILITIES_2021,
  type LedgerSpec,
} from '../comparison/ledgers';

// Read replicas (docs/scaling.md): with DATABASE_REPLICA_URLS the app reads lists and
// comparisons from a streaming standby, reads an import's batch from the primary, publishes a
// data version only once the standby has replayed it, and leaves a standby that lags past
// REPLICA_MAX_LAG_S or is down out of reads. A scratch primary and standby run for this file.

const PRIMARY = 'postgresql://ledger@db-primary:5432/ledger';

it('reads DATABASE_REPLICA_URLS as a comma-separated list of PostgreSQL URLs beside DATABASE_URL', () => {
  const replicas = ' postgresql://ledger@db-r1/ledger, postgres://ledger@db-r2/ledger ,';
  const config = loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: replicas });
  expect(config.replicaUrls).toEqual([
    'postgresql://ledger@db-r1/ledger',
    'postgres://ledger@db-r2/ledger',
  ]);
  expect(config.replicaMaxLagMs).toBe(30_000);
  expect(loadConfig({ DATABASE_URL: PRIMARY }).replicaUrls).toEqual([]);
  expect(() => loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: 'db-r1:5432' })).toThrow(
    /DATABASE_REPLICA_URLS\.0="db-r1:5432": must be a postgres/,
  );
  // the embedded database has no replicas: refused rather than ignored
  expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://db-r1/ledger' })).toThrow(
    ConfigError,
  );
  expect(() => loadConfig({ DATABASE_URL: PRIMARY, REPLICA_MAX_LAG_S: '0' })).toThrow(
    /REPLICA_MAX_LAG_S/,
  );
});

const bin = findPgBin();
const describeCluster = 'dir' in bin ? describe : describe.skip;
const MAX_LAG_S = 10;
const JINZHONG = '140700';

describeCluster(`reads from a read replica${'why' in bin ? ` (skipped: ${bin.why})` : ''}`, () => {
  let cluster: PgCluster;
  let app: TestApp;
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  const log = new LogCapture();

  beforeAll(async () => {
    cluster = await startPgCluster((bin as { dir: string }).dir);
    await one(cluster.primaryUrl, 'create database ledger');
    await cluster.caughtUp();
    scratch = await scratchDir('replicas');
    app = await startTestApp(
      {
        DATABASE_URL: cluster.withDatabase(cluster.primaryUrl, 'ledger'),
        DATABASE_REPLICA_URLS: cluster.withDatabase(cluster.standbyUrl, 'ledger'),
        REPLICA_MAX_LAG_S: String(MAX_LAG_S),
        LOG_LEVEL: 'info',
      },
      { log },
    );
    expect((await importLedger(QIXIAN_FACILITIES_2021)).body.status).toBe('COMMITTED');
    await cluster.caughtUp();
    await waitFor('the app to publish the import', async () =>
      (await jinzhongCount()) === 2 ? true : null,
    );
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await cluster?.stop();
    await scratch?.remove();
  });

  /** The statements `fn` makes the app run on the replica. */
  async function replicaStatements(fn: () => Promise<unknown>): Promise<string[]> {
    const driver = app.running.db.orm.em.getDriver() as ReadReplicaDriver;
    const [knex] = driver.replicaKnexes();
    return statementsOn(knex, fn);
  }

  async function importLedger(spec: LedgerSpec) {
    const file = await writeLedger(spec);
    return postImport(app, file, { region: spec.region, year: String(spec.year) });
  }

  function writeLedger(spec: LedgerSpec): Promise<string> {
    return writeWorkbook(scratch.file(spec.file), [
      {
        name: spec.sheet,
        rows: [
          [`${spec.bureau}${spec.year}年${spec.sheet}台账`],
          [`填报单位：${spec.bureau}`],
          [`年度：${spec.year}`],
          ['序号', ...spec.header],
          ...spec.rows.map((row, i) => [i + 1, ...row]),
        ],
      },
    ]);
  }

  const facilityNames = async (region: string) =>
    (await app.gql(FacilityListDocument, { filter: { regions: [region] }, first: 100 }))
      .facilities!.nodes.map((node) => node.name)
      .sort();

  /** 晋中市's facility count in 2021 (a kept answer of the comparison feature). */
  async function jinzhongCount(): Promise<number> {
    const { facilitySummary } = await app.gql(ComparisonFacilitySummaryDocument, {
      filter: { regions: [JINZHONG], years: [2021] },
      groupBy: ['REGION'],
      rollupTo: 'CITY',
    });
    return facilitySummary.find((g) => g.region?.code === JINZHONG)?.count ?? 0;
  }

  const published = () => app.running.services.answers.versions.current();
  const primaryVersion = async () =>
    String((await app.sql('select version from data_version where id = 1'))[0].version);
  const serving = () => app.running.db.replicas!.state()[0].serving;

  it('runs lists and comparisons on the replica, none of their statements on the primary', async () => {
    let onReplica: string[] = [];
    const onPrimary = await app.statements(async () => {
      onReplica = await replicaStatements(async () => {
        expect(await facilityNames('140727')).toEqual(['东观镇健身园', '昌源河健身步道']);
        const { facilitySummary } = await app.gql(ComparisonFacilitySummaryDocument, {
          filter: { regions: ['140727'], years: [2021] },
          groupBy: ['REGION'],
          rollupTo: null,
        });
        expect(facilitySummary.map((g) => g.count)).toEqual([2]);
      });
    });
    expect(onReplica.filter((sql) => /facilit/.test(sql)).length).toBeGreaterThanOrEqual(2);
    expect(onPrimary.filter((sql) => /facilit/.test(sql))).toEqual([]);
  });

  it('answers an import from the primary while replay is paused, and publishes its version only once the replica has replayed it', async () => {
    await cluster.pauseReplay();
    const before = await published();

    const { status, body } = await importLedger(TAIGU_FACILITIES_2021);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'COMMITTED', rowsImported: 1 });
    const { importBatch } = await app.gql(ImportBatchByIdDocument, { id: String(body.id) });
    expect(importBatch).toMatchObject({ status: 'COMMITTED', rowsImported: 1 });

    // the primary holds the new version and rows; the app answers the old version, consistently
    expect(BigInt(await primaryVersion())).toBeGreaterThan(BigInt(before));
    expect(await published()).toBe(before);
    expect(await jinzhongCount()).toBe(2);
    expect(await facilityNames('140703')).toEqual([]);
    expect(await app.sql(`select 1 from facility where region_code = '140703'`)).toHaveLength(1);

    await cluster.resumeReplay();
    await waitFor(
      'the new version',
      async () => ((await jinzhongCount()) === 3 ? true : null),
      5_000,
    );
    expect(await published()).toBe(await primaryVersion());
    expect(await facilityNames('140703')).toEqual(['太谷区笼式足球场']);
    expect(serving()).toBe(true);
  });

  it(`leaves a replica that lags past REPLICA_MAX_LAG_S out of reads until it catches up`, async () => {
    await cluster.pauseReplay();
    // through GraphQL this time: the mutation's answer is read from the primary too
    const { importLedger: batch } = await gqlUploadData(
      app,
      ClerkImportLedgerDocument,
      await writeLedger(JIEXIU_FACILITIES_2021),
      { region: JIEXIU_FACILITIES_2021.region, year: JIEXIU_FACILITIES_2021.year },
    );
    expect(batch).toMatchObject({ status: 'COMMITTED', rowsImported: 2 });
    expect(await jinzhongCount()).toBe(3);

    await waitFor('the replica to be left out', async () => (serving() ? null : true), 20_000);
    expect(
      log.lines.some((l) => /taken out of reads: it has not replayed/.test(String(l.msg))),
    ).toBe(true);
    // from the primary now, under the new version
    expect(await published()).toBe(await primaryVersion());
    expect(await jinzhongCount()).toBe(5);
    expect(await replicaStatements(() => facilityNames('140781'))).toEqual([]);
    expect(await facilityNames('140781')).toEqual(['介休市全民健身中心', '绵山健身步道']);

    await cluster.resumeReplay();
    await waitFor('the replica to serve again', async () => (serving() ? true : null), 10_000);
    expect(log.lines.some((l) => /caught up; reads go to it again/.test(String(l.msg)))).toBe(true);
    const again = await replicaStatements(() => facilityNames('140781'));
    expect(again.length).toBeGreaterThan(0);
  });

  it('reads from the primary, with no failed request, while the replica is down', async () => {
    await cluster.stopStandby();
    await waitFor('the replica to be left out', async () => (serving() ? null : true), 10_000);
    expect(
      log.lines.some((l) => /taken out of reads: it does not answer/.test(String(l.msg))),
    ).toBe(true);

    for (let i = 0; i < 5; i += 1) {
      expect(await facilityNames('140727')).toHaveLength(2);
      expect(await jinzhongCount()).toBe(5);
    }
    const { body } = await importLedger(XIANTAO_FACILITIES_2021);
    expect(body.status).toBe('COMMITTED');
    expect(await facilityNames('429004')).toHaveLength(1);
    expect(await published()).toBe(await primaryVersion());

    await cluster.startStandby();
    await waitFor('the replica to serve again', async () => (serving() ? true : null), 20_000);
    expect(await facilityNames('429004')).toHaveLength(1);
  });
});

async function one(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
