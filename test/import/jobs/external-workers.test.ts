import * as path from 'node:path';
import { runScript } from '../../support/cli';
import { fixturePath } from '../../support/fixtures';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { postImport, holdCommits } from '../../support/uploads';
import { waitFor } from '../../support/wait-for';
import { killWorker, startWorkerProcess, type WorkerProcess } from '../../support/worker-process';

// IMPORT_WORKERS=external: the server only stores and queues uploads, `sports-ledger worker`
// processes run them. A worker killed with SIGKILL in the middle of a job loses it: its lease
// lapses, another worker takes the job over for the same batch and runs it from the stored file,
// and the batch ends with exactly the rows of the ledger, none twice.

const ROWS = 30_000;
const LEASE = { LEASE_TIMEOUT_S: '3' };

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let big: string;
const workers: WorkerProcess[] = [];

async function startWorker(): Promise<WorkerProcess> {
  const worker = await startWorkerProcess(app.running.db.url, {
    ...LEASE,
    IMPORT_CONCURRENCY: '1',
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  scratch = await scratchDir('external-workers');
  big = scratch.file('big.xlsx');
  const [started, written] = await Promise.all([
    startTestApp({ ...LEASE, IMPORT_WORKERS: 'external' }),
    runScript('write-big-ledger.ts', [big, String(ROWS)]),
  ]);
  app = started;
  expect(written).toMatchObject({ code: 0, stderr: '' });
  await Promise.all([startWorker(), startWorker()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map(killWorker));
  await app?.stop();
  await scratch?.remove();
});

it('a synchronous upload is run by a worker and answered as before', async () => {
  const { status, body } = await postImport(app, fixturePath('jinzhong-2021.xlsx'));
  const [batch] = await app.sql<{ job: string | null; owner: string | null }>(
    'select job_id as job from import_batch where id = ?',
    [body.id],
  );

  expect(status).toBe(200);
  expect(body).toMatchObject({ status: 'COMMITTED' });
  expect(body.rowsImported).toBeGreaterThan(0);
  expect(batch.job).not.toBeNull();
}, 60_000);

it('a job whose worker is killed mid-import is taken over and ends with exact row counts', async () => {
  // the scopes' table locked: the import cannot commit before the kill, however fast it reads
  const held = await holdCommits(app.running.db.url);
  const response = await app.fetch('/imports', {
    method: 'POST',
    body: await formOf(big, { region: '140700', year: '2023' }),
    headers: { prefer: 'respond-async' },
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  const owner = await waitFor(
    'the job to be read by a worker',
    async () => {
      const [row] = await app.sql<{ owner: string | null; rows: number | null }>(
        'select lease_owner as owner, progress_rows as rows from import_batch where id = ?',
        [id],
      );
      return row.owner && (row.rows ?? 0) >= 1000 ? row.owner : null;
    },
    60_000,
  );
  const pid = Number(owner.split(':')[1]);
  const victim = workers.find((w) => w.child.pid === pid)!;
  const survivor = workers.find((w) => w !== victim)!;
  expect(victim).toBeDefined();
  victim.child.kill('SIGKILL');
  await victim.done;
  await held.release();

  const ended = await waitFor(
    'the batch to end',
    async () => {
      const [row] = await app.sql<{ status: string; rows: number; oid: number | null }>(
        'select status, rows_imported as rows, content_oid as oid from import_batch where id = ?',
        [id],
      );
      return ['QUEUED', 'RUNNING'].includes(row.status) ? null : row;
    },
    90_000,
  );
  const [facts] = await app.sql<{ all: number; current: number; distinct: number }>(
    `select count(*)::int as all, count(*) filter (where current)::int as current,
       count(distinct row)::int as distinct
     from facility where batch_id = ?`,
    [id],
  );
  const [otherFacts] = await app.sql<{ n: number }>(
    `select count(*)::int as n from facility
     where batch_id not in (select id from import_batch where file_name = 'jinzhong-2021.xlsx')`,
  );
  const [objects] = await app.sql<{ n: number }>(
    'select count(*)::int as n from pg_largeobject_metadata',
  );
  const [job] = await app.sql<{ state: string; retries: number }>(
    `select state, retry_count as retries from pgboss.job
     where id = (select job_id from import_batch where id = ?)`,
    [id],
  );

  expect(ended).toEqual({ status: 'COMMITTED', rows: ROWS, oid: null });
  expect(facts).toEqual({ all: ROWS, current: ROWS, distinct: ROWS });
  // beside the synchronous test's rows, only this batch's: nothing of the killed run
  expect(otherFacts.n).toBe(ROWS);
  expect(objects.n).toBe(0);
  expect(job).toEqual({ state: 'completed', retries: 1 });
  expect(survivor.output()).toContain('import job taken over');
  // stops gracefully on SIGTERM
  survivor.child.kill('SIGTERM');
  expect(await survivor.done).toEqual({ code: 0, signal: null });
}, 150_000);

async function formOf(file: string, fields: Record<string, string>): Promise<FormData> {
  const { readFile } = await import('node:fs/promises');
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([await readFile(file)]), path.basename(file));
  return form;
}
