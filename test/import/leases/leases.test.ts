import { Client } from 'pg';
import { runScript } from '../../support/cli';
import { scratchDir } from '../../support/ledger-workbook';
import { startServerOn } from '../../support/server-on';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport } from '../../support/uploads';
import { waitFor } from '../../support/wait-for';

// A RUNNING batch belongs to the process running it (its lease): a second server started on the
// same database fails only batches whose owner stopped beating. Before leases, starting a second
// server marked a live import FAILED, and that import then showed COMMITTED a few seconds later.

const ROWS = 100_000;
const LEASE = { LEASE_TIMEOUT_S: '3' };

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let big: string;

beforeAll(async () => {
  scratch = await scratchDir('leases');
  big = scratch.file('big.xlsx');
  const [started, written] = await Promise.all([
    startTestApp(LEASE),
    runScript('write-big-ledger.ts', [big, String(ROWS)]),
  ]);
  app = started;
  expect(written).toMatchObject({ code: 0, stderr: '' });
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

function statusOf(id: number) {
  return app.sql<{ status: string }>('select status from import_batch where id = ?', [id]);
}

it('a second server started during a live import leaves it RUNNING, and it ends COMMITTED', async () => {
  // The import's commit records its scope: a lock on that table holds the import RUNNING for as
  // long as the test needs, however fast the machine reads the ledger.
  const holder = new Client({ connectionString: app.running.db.url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('lock table import_scope in share row exclusive mode');
  const upload = postImport(app, big, { region: '140700', year: '2023' });
  const id = await waitFor(
    'the RUNNING batch',
    async () => {
      const rows = await app.sql<{ id: number }>(
        `select id from import_batch where status = 'RUNNING' and file_name = 'big.xlsx'`,
      );
      return rows[0]?.id;
    },
    60_000,
  );
  const [lease] = await app.sql<{ owner: string }>(
    'select lease_owner as owner from import_batch where id = ?',
    [id],
  );
  expect(lease.owner).toContain(`:${process.pid}:`);
  // longer than the lease timeout: only the heartbeat keeps the batch alive now
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const stillRunning = await statusOf(id);

  const second = await startServerOn(app.running.db.url, LEASE);
  const afterSecondStart = await statusOf(id);
  await second.stop();
  await holder.query('rollback');
  await holder.end();
  const { status, body } = await upload;

  expect(stillRunning).toEqual([{ status: 'RUNNING' }]);
  expect(afterSecondStart).toEqual([{ status: 'RUNNING' }]);
  expect(status).toBe(200);
  expect(body).toMatchObject({ id: String(id), status: 'COMMITTED', rowsImported: ROWS });
  expect(await statusOf(id)).toEqual([{ status: 'COMMITTED' }]);
}, 180_000);

it('a batch whose heartbeat is older than the lease timeout is marked FAILED (INTERRUPTED) at start', async () => {
  const insert = (heartbeat: string) =>
    app.sql<{ id: number }>(
      `insert into import_batch (file_name, sha256, dry_run, status, created_at, rows_imported, report, lease_owner, heartbeat_at)
       values ('gone.xlsx', repeat('0', 64), false, 'RUNNING', now(), 0,
               '{"sheets":[],"errors":[],"warnings":[]}', 'elsewhere:1:dead', ${heartbeat})
       returning id`,
    );
  const [stale] = await insert(`now() - interval '1 minute'`);
  const [live] = await insert('now()');

  const second = await startServerOn(app.running.db.url, LEASE);
  await second.stop();

  const rows = await app.sql<{ id: number; status: string; code: string | null }>(
    `select id, status, report->'errors'->0->>'code' as code from import_batch where id in (?, ?) order by id`,
    [stale.id, live.id],
  );
  expect(rows).toEqual([
    { id: stale.id, status: 'FAILED', code: 'INTERRUPTED' },
    { id: live.id, status: 'RUNNING', code: null },
  ]);
  await app.sql(`update import_batch set status = 'FAILED' where id = ?`, [live.id]);
});
