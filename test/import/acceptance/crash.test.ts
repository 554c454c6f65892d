import { AcceptanceImportBatchDocument } from '../../support/generated/graphql';
import { runScript, startCli } from '../../support/cli';
import { snapshotImportedTables } from '../../support/db-snapshot';
import { scratchDir } from '../../support/ledger-workbook';
import { startServerOn } from '../../support/server-on';
import { startTestApp, type TestApp } from '../../support/test-app';
import { waitFor } from '../../support/wait-for';

// ledger-spec §7 "a workbook imports atomically", tested the hard way: the importing process is
// killed while its transaction holds uncommitted rows. Both the big ledger and the import run in
// child processes, outside jest's sandbox (where exceljs is several times slower).

const ROWS = 150_000;

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;

let big: string;

beforeAll(async () => {
  scratch = await scratchDir('crash');
  big = scratch.file('big.xlsx');
  // the ledger is written while the test app starts
  const [started, written] = await Promise.all([
    startTestApp(),
    runScript('write-big-ledger.ts', [big, String(ROWS)]),
  ]);
  app = started;
  expect(written).toMatchObject({ code: 0, stderr: '' });
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

it('killing the importer (SIGKILL) in the middle of a large import leaves no row of that batch, and the next start marks it INTERRUPTED', async () => {
  const before = await snapshotImportedTables(app.sql);

  const cli = startCli(['import', big, '--region', '140700', '--year', '2023'], app.running.db.url);
  let exited: string | null = null;
  void cli.done.then((end) => (exited = JSON.stringify(end)));
  const stillRunning = () => {
    if (exited !== null) {
      throw new Error(`the import ended before it was killed: ${exited}`);
    }
  };
  try {
    const batchId = await waitFor(
      'the RUNNING batch',
      async () => {
        stillRunning();
        const rows = await app.sql<{ id: number }>(
          `select id from import_batch where file_name = 'big.xlsx' and status = 'RUNNING'`,
        );
        return rows[0]?.id;
      },
      // the CLI first loads the whole application: slow on a busy machine
      40_000,
    );
    // the import's transaction is copying fact rows it has not committed yet
    const importer = await waitFor('uncommitted facility inserts', async () => {
      stillRunning();
      const rows = await app.sql<{ pid: number }>(
        `select pid from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and backend_xid is not null and query ilike 'copy "stage_facility"%'`,
      );
      return rows[0]?.pid;
    });
    // COPY fills a temporary staging table of the transaction (the fact tables have row-level
    // security, which COPY does not allow); its pages stay in the backend's own buffers, so no
    // other session can count them: the kill comes while the copying goes on
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cli.child.exitCode).toBeNull();

    cli.child.kill('SIGKILL');
    const ended = await cli.done;

    expect(ended.signal).toBe('SIGKILL');
    // PostgreSQL rolls the transaction back once it sees the connection gone
    await waitFor('the importer backend to end', async () => {
      const rows = await app.sql('select 1 from pg_stat_activity where pid = ?', [importer]);
      return rows.length === 0 ? true : null;
    });
    // the rolled-back transaction's staging table went with it
    expect(
      await app.sql(
        `select 1 from pg_class where relname = 'stage_facility' and relpersistence = 't'`,
      ),
    ).toEqual([]);
    expect(
      await app.sql('select count(*)::int as n from facility where batch_id = ?', [batchId]),
    ).toEqual([{ n: 0 }]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    expect(await app.sql('select status from import_batch where id = ?', [batchId])).toEqual([
      { status: 'RUNNING' },
    ]);

    // the dead importer's lease runs out (its heartbeat stopped with it); only then is it taken
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const restarted = await startServerOn(app.running.db.url, { LEASE_TIMEOUT_S: '3' });
    await restarted.stop();

    // read in English: the pipeline's own sentence (its Chinese is checked in test/api)
    const { importBatch } = await app.gql(
      AcceptanceImportBatchDocument,
      { id: String(batchId) },
      { 'accept-language': 'en' },
    );
    expect(importBatch).toMatchObject({
      status: 'FAILED',
      rowsImported: 0,
      finishedAt: expect.any(String),
    });
    expect(importBatch!.errors).toEqual([
      expect.objectContaining({
        code: 'INTERRUPTED',
        message: expect.stringContaining('interrupted'),
      }),
    ]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
  } finally {
    if (cli.child.exitCode === null && cli.child.signalCode === null) {
      cli.child.kill('SIGKILL');
    }
  }
});
