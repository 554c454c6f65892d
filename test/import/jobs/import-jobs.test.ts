import { Client } from 'pg';
import { QueueLedgerDocument, QueuedBatchDocument } from '../../support/generated/graphql';
import { runScript } from '../../support/cli';
import { fixturePath } from '../../support/fixtures';
import { scratchDir } from '../../support/ledger-workbook';
import { startTestApp, type TestApp } from '../../support/test-app';
import { writeFile } from 'node:fs/promises';
import { gqlUpload, gqlUploadData, postImport, holdCommits } from '../../support/uploads';
import { waitFor } from '../../support/wait-for';
import type { BatchJson } from '../../../src/modules/import-batch/batch-json';

// Import jobs with the default IMPORT_WORKERS=inline: the server stores an upload with its job
// and runs the job itself, so `npm start` alone answers `Prefer: respond-async` at once and the
// page polls the batch; an upload without it is answered as it always was.

const ROWS = 20_000;
const ASYNC = { prefer: 'respond-async' };

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let big: string;

beforeAll(async () => {
  scratch = await scratchDir('import-jobs');
  big = scratch.file('big.xlsx');
  const [started, written] = await Promise.all([
    // the big ledger (about 0.8 MB, two chunks of its large object) passes; `huge` does not
    startTestApp({ MAX_UPLOAD_MB: '2' }),
    runScript('write-big-ledger.ts', [big, String(ROWS)]),
  ]);
  app = started;
  expect(written).toMatchObject({ code: 0, stderr: '' });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

async function batchOf(id: string): Promise<BatchJson> {
  const response = await app.fetch(`/imports/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as BatchJson;
}

function ended(id: string): Promise<BatchJson> {
  return waitFor(
    `batch ${id} to end`,
    async () => {
      const batch = await batchOf(id);
      return ['QUEUED', 'RUNNING'].includes(batch.status) ? null : batch;
    },
    90_000,
  );
}

async function largeObjects(): Promise<number> {
  const [row] = await app.sql<{ n: number }>(
    'select count(*)::int as n from pg_largeobject_metadata',
  );
  return row.n;
}

it('answers Prefer: respond-async with 202 and the batch, whose progress shows until it commits', async () => {
  // a lock on the scopes' table holds the commit back, so the batch is seen RUNNING with its
  // progress however fast this machine reads the ledger
  const held = await holdCommits(app.running.db.url);
  const response = await app.fetch('/imports', {
    method: 'POST',
    body: await formOf(big, { region: '140700', year: '2023' }),
    headers: ASYNC,
  });
  const queued = (await response.json()) as BatchJson;
  expect(response.status).toBe(202);
  expect(response.headers.get('location')).toBe(`/imports/${queued.id}`);
  expect(['QUEUED', 'RUNNING']).toContain(queued.status);
  const [stored] = await app.sql<{ oid: number | null; job: string | null }>(
    'select content_oid as oid, job_id as job from import_batch where id = ?',
    [queued.id],
  );
  expect(stored.job).not.toBeNull();

  const { batch: running, viaGraphql } = await waitFor(
    'the progress of the running batch',
    async () => {
      const batch = await batchOf(queued.id);
      // an ended batch is returned too: the expectations then say what happened
      const ended = !['QUEUED', 'RUNNING'].includes(batch.status);
      return ended || (batch.progress?.rowsRead ?? 0) >= ROWS ? batch : null;
    },
    60_000,
  )
    .then(async (batch) => ({
      batch,
      viaGraphql: await app.gql(QueuedBatchDocument, { id: queued.id }),
    }))
    .finally(() => held.release());
  const done = await ended(queued.id);

  expect(running).toMatchObject({
    status: 'RUNNING',
    progress: { rowsRead: ROWS, sheet: '场地设施' },
  });
  expect(viaGraphql.importBatch?.progress).toEqual({ rowsRead: ROWS, sheet: '场地设施' });
  expect(done).toMatchObject({ status: 'COMMITTED', rowsImported: ROWS });
  expect(done).not.toHaveProperty('progress');
  const [facts] = await app.sql<{ n: number }>(
    'select count(*)::int as n from facility where batch_id = ? and current',
    [queued.id],
  );
  expect(facts.n).toBe(ROWS);
  // the upload's large object is gone once its batch ended
  const [after] = await app.sql<{ oid: number | null }>(
    'select content_oid as oid from import_batch where id = ?',
    [queued.id],
  );
  expect(after.oid).toBeNull();
  expect(await largeObjects()).toBe(0);
}, 120_000);

it('importLedger(async: true) answers the batch at once; importBatch then shows it committed', async () => {
  const data = await gqlUploadData(app, QueueLedgerDocument, fixturePath('jinzhong-2021.xlsx'), {
    async: true,
  });
  expect(['QUEUED', 'RUNNING']).toContain(data.importLedger.status);
  const done = await ended(data.importLedger.id);
  const sync = await postImport(app, fixturePath('jinzhong-2021.xlsx'), {}, 'again.xlsx');

  expect(done.status).toBe('COMMITTED');
  expect(done.rowsImported).toBeGreaterThan(0);
  // the same file again, without the queue: recognised as already imported, as before
  expect(sync.status).toBe(200);
  expect(sync.body).toMatchObject({ status: 'COMMITTED', identicalTo: { id: done.id } });
  const [direct] = await app.sql<{ job: string | null }>(
    'select job_id as job from import_batch where id = ?',
    [sync.body.id],
  );
  expect(direct.job).toBeNull();
  expect(await largeObjects()).toBe(0);
}, 60_000);

it('a damaged file sent async ends FAILED with the clerk’s Chinese message, leaving no file and no rows', async () => {
  const sync = await postImport(app, fixturePath('bad/damaged.xlsx'));
  const response = await app.fetch('/imports', {
    method: 'POST',
    body: await formOf(fixturePath('bad/damaged.xlsx'), {}, 'damaged-again.xlsx'),
    headers: ASYNC,
  });
  expect(response.status).toBe(202);
  const done = await ended(((await response.json()) as BatchJson).id);

  expect(sync.status).toBe(422);
  expect(done.status).toBe('FAILED');
  expect(done.errors.map((e) => e.code)).toEqual(sync.body.errors.map((e) => e.code));
  expect(done.errors[0].message).toBe(sync.body.errors[0].message);
  expect(done.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
  expect(await largeObjects()).toBe(0);
  const [facts] = await app.sql<{ n: number }>(
    'select count(*)::int as n from facility where batch_id = ?',
    [done.id],
  );
  expect(facts.n).toBe(0);
}, 60_000);

it('an upload over MAX_UPLOAD_MB sent async is refused before anything is stored', async () => {
  const huge = scratch.file('huge.xlsx');
  await writeFile(huge, Buffer.alloc(3 * 1024 * 1024, 7));
  const [before] = await app.sql<{ n: number }>('select count(*)::int as n from import_batch');
  const http = await app.fetch('/imports', {
    method: 'POST',
    body: await formOf(huge, {}),
    headers: ASYNC,
  });
  const graphql = await gqlUpload(app, QueueLedgerDocument, huge, { async: true });
  const [after] = await app.sql<{ n: number }>('select count(*)::int as n from import_batch');

  expect(http.status).toBe(413);
  expect(await http.json()).toMatchObject({ error: { code: 'FILE_TOO_LARGE' } });
  expect(graphql.errors?.[0]?.extensions?.code).toBe('FILE_TOO_LARGE');
  expect(after.n).toBe(before.n);
  expect(await largeObjects()).toBe(0);
});

it('GET /imports/{id} answers 404 for a batch that does not exist', async () => {
  const response = await app.fetch('/imports/999999');
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
});

it('two batches can never both be current for one scope: the second of two racing commits is refused', async () => {
  const [a, b] = await app.sql<{ id: number }>(
    `insert into import_batch (file_name, sha256, dry_run, status, created_at, rows_imported, report)
     select 'race.xlsx', repeat('0', 64), false, 'RUNNING', now(), 0, '{"sheets":[],"errors":[],"warnings":[]}'
     from generate_series(1, 2) returning id`,
  );
  const first = new Client({ connectionString: app.running.db.url });
  const second = new Client({ connectionString: app.running.db.url });
  await Promise.all([first.connect(), second.connect()]);
  const claim = (client: Client, batch: number) =>
    client.query(
      `insert into import_scope (batch_id, region_code, year, kind, rows, current)
       values ($1, '140700', 2031, 'FACILITIES', 1, true)`,
      [batch],
    );
  try {
    await first.query('begin');
    await second.query('begin');
    await claim(first, a.id);
    // the second waits on the first's uncommitted row, then fails once the first commits
    const racing = claim(second, b.id).then(
      () => null,
      (error: { code?: string }) => error.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.query('commit');
    expect(await racing).toBe('23505');
    await second.query('rollback');
  } finally {
    await Promise.all([first.end(), second.end()]);
  }
  const current = await app.sql(
    `select batch_id from import_scope where region_code = '140700' and year = 2031 and current`,
  );
  expect(current).toEqual([{ batch_id: a.id }]);
});

async function formOf(
  file: string,
  fields: Record<string, string>,
  fileName?: string,
): Promise<FormData> {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  form.append('file', new Blob([await readFile(file)]), fileName ?? path.basename(file));
  return form;
}
