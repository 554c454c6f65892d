import { readFile } from 'node:fs/promises';
import { runScript } from '../support/cli';
import { snapshotImportedTables } from '../support/db-snapshot';
import { scratchDir } from '../support/ledger-workbook';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

// A graceful stop (SIGTERM, as Docker and Kubernetes send it): /readyz turns 503 at once, new
// requests are turned away, a running import finishes within SHUTDOWN_GRACE_S or is rolled back,
// and the process exits 0. The server runs as `npm start` does, in a child process; the big
// ledger is written in another (exceljs is several times slower inside jest's sandbox).

const ROWS = 100_000;
jest.setTimeout(240_000);

let app: TestApp;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
/** Two ledgers of different rows: the second import must not find the first one identical. */
const ledgers: Record<'finishes' | 'interrupted', { file: string; rows: number }> = {
  finishes: { file: '', rows: ROWS },
  interrupted: { file: '', rows: ROWS + 1 },
};

beforeAll(async () => {
  scratch = await scratchDir('shutdown');
  const written = Object.entries(ledgers).map(([name, ledger]) => {
    ledger.file = scratch.file(`${name}.xlsx`);
    return runScript('write-big-ledger.ts', [ledger.file, String(ledger.rows)]);
  });
  const [started, ...results] = await Promise.all([startTestApp(), ...written]);
  app = started;
  results.forEach((result) => expect(result).toMatchObject({ code: 0, stderr: '' }));
});

afterAll(async () => {
  await app?.stop();
  await scratch?.remove();
});

/** Uploads a big ledger; resolves with the answer (or the connection's failure). */
async function upload(
  server: ServerProcess,
  file: string,
): Promise<{ status: number; body: string }> {
  const form = new FormData();
  form.append('file', new Blob([await readFile(file)]), 'big.xlsx');
  form.append('region', '140700');
  form.append('year', '2023');
  const response = await fetch(`${server.url}/imports`, { method: 'POST', body: form });
  return { status: response.status, body: await response.text() };
}

/** Starts the server and an upload, and resolves once the import is writing its rows. */
async function importing(graceSeconds: number, file: string) {
  const server = await startServerProcess({
    DATABASE_URL: app.running.db.url,
    SHUTDOWN_GRACE_S: String(graceSeconds),
    // the stop is under test here, not the keys (test/access)
    AUTH: 'off',
  });
  const answer = upload(server, file);
  answer.catch(() => undefined);
  const batchId = await waitFor('the import to copy facility rows', async () => {
    const rows = await app.sql<{ id: number }>(
      `select b.id from import_batch b where b.file_name = 'big.xlsx' and b.status = 'RUNNING'
         and exists (select 1 from pg_stat_activity where datname = current_database()
                     and backend_xid is not null and query ilike 'copy %')`,
    );
    return rows[0]?.id;
  });
  expect(server.child.exitCode).toBeNull();
  return { server, answer, batchId };
}

async function batch(id: number) {
  const [row] = await app.sql<{ status: string; rows: number; facts: number; report: string }>(
    `select status, rows_imported as rows, report::text as report,
       (select count(*)::int from facility where batch_id = b.id) as facts
     from import_batch b where id = ?`,
    [id],
  );
  return row;
}

it('on SIGTERM answers /readyz 503 at once, turns new requests away, lets the running import commit every row, and exits 0', async () => {
  const { server, answer, batchId } = await importing(300, ledgers.finishes.file);
  try {
    server.child.kill('SIGTERM');
    const ready = await waitFor('readyz to say draining', async () => {
      const response = await fetch(`${server.url}/readyz`);
      return response.status === 503 ? response : null;
    });
    expect(await ready.json()).toMatchObject({ ok: false, draining: true });
    const refused = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toEqual({
      error: { code: 'SHUTTING_DOWN', message: 'the server is stopping; try again in a moment' },
    });

    expect((await answer).status).toBe(200);
    expect(await server.done).toEqual({ code: 0, signal: null });
    expect(await batch(batchId)).toMatchObject({
      status: 'COMMITTED',
      rows: ROWS,
      facts: ROWS,
    });
  } finally {
    server.child.kill('SIGKILL');
  }
});

it('on SIGTERM with the grace period over rolls the running import back: the batch ends FAILED (INTERRUPTED) with no rows, and the process exits 0', async () => {
  const before = await snapshotImportedTables(app.sql);
  const { server, answer, batchId } = await importing(0, ledgers.interrupted.file);
  try {
    server.child.kill('SIGTERM');
    expect(await server.done).toEqual({ code: 0, signal: null });

    const ended = await batch(batchId);
    expect(ended).toMatchObject({ status: 'FAILED', rows: 0, facts: 0 });
    expect(JSON.parse(ended.report).errors).toEqual([
      expect.objectContaining({ code: 'INTERRUPTED', sheet: null }),
    ]);
    expect(await snapshotImportedTables(app.sql)).toEqual(before);
    // the upload was answered with its batch before the server closed
    const { status, body } = await answer;
    expect(status).toBe(422);
    expect(JSON.parse(body)).toMatchObject({ id: String(batchId), status: 'FAILED' });
    expect(server.output()).toContain('running imports ended');
  } finally {
    server.child.kill('SIGKILL');
  }
});
