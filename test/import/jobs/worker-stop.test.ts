import { runScript } from '../../support/cli';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { holdCommits } from '../../support/uploads';
import { waitFor } from '../../support/wait-for';
import { killWorker, startWorkerProcess, type WorkerProcess } from '../../support/worker-process';

// A worker told to stop (SIGTERM) takes no new job and, when its running job does not finish
// within SHUTDOWN_GRACE_S, hands it back: the transaction is rolled back, the batch is QUEUED
// again with its stored file, and the next worker runs it to the end.

const ROWS = 20_000;

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let big: string;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  scratch = await scratchDir('worker-stop');
  big = scratch.file('big.xlsx');
  const [started, written] = await Promise.all([
    startTestApp({ IMPORT_WORKERS: 'external' }),
    runScript('write-big-ledger.ts', [big, String(ROWS)]),
  ]);
  app = started;
  expect(written).toMatchObject({ code: 0, stderr: '' });
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map(killWorker));
  await app?.stop();
  await scratch?.remove();
});

function batchRow(id: string) {
  return app.sql<{ status: string; owner: string | null; oid: number | null; rows: number }>(
    `select status, lease_owner as owner, content_oid as oid, rows_imported as rows
     from import_batch where id = ?`,
    [id],
  );
}

it('a worker stopped mid-job hands it back, and the next worker commits it', async () => {
  const first = await startWorkerProcess(app.running.db.url, { SHUTDOWN_GRACE_S: '0' });
  workers.push(first);
  // the scopes' table locked: the job cannot end before the stop, however fast it reads
  const held = await holdCommits(app.running.db.url);
  const form = new FormData();
  form.append('region', '140700');
  form.append('year', '2023');
  const { readFile } = await import('node:fs/promises');
  form.append('file', new Blob([await readFile(big)]), 'big.xlsx');
  const response = await app.fetch('/imports', {
    method: 'POST',
    body: form,
    headers: { prefer: 'respond-async' },
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await waitFor(
    'the worker to read the job',
    async () => {
      const [row] = await app.sql<{ rows: number | null }>(
        'select progress_rows as rows from import_batch where id = ?',
        [id],
      );
      return (row.rows ?? 0) >= 1000 ? true : null;
    },
    60_000,
  );

  first.child.kill('SIGTERM');
  const stopped = await first.done;
  const [handedBack] = await batchRow(id);
  const [facts] = await app.sql<{ n: number }>(
    'select count(*)::int as n from facility where batch_id = ?',
    [id],
  );
  await held.release();

  expect(stopped).toEqual({ code: 0, signal: null });
  expect(handedBack).toMatchObject({ status: 'QUEUED', owner: null, rows: 0 });
  expect(handedBack.oid).not.toBeNull();
  expect(facts.n).toBe(0);

  workers.push(await startWorkerProcess(app.running.db.url));
  const ended = await waitFor(
    'the batch to end',
    async () => {
      const [row] = await batchRow(id);
      return ['QUEUED', 'RUNNING'].includes(row.status) ? null : row;
    },
    60_000,
  );
  expect(ended).toEqual({ status: 'COMMITTED', owner: null, oid: null, rows: ROWS });
}, 150_000);
