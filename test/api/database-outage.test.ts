import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { ImportBatchListDocument } from '../support/generated/graphql';
import { spawn } from 'node:child_process';
import { freePort } from '../../src/db/embedded';
import type { Running } from '../../src/start-server';
import { JsBuild } from '../support/js-build';
import { startServerOn } from '../support/server-on';

// /readyz follows the database: 503 while PostgreSQL is down, 200 again once it is back, without
// restarting the server. Meanwhile queries answer DB_UNAVAILABLE (never a 500), and afterwards the
// pool hands out fresh connections rather than the ones the restart cut, and the connection that
// listens for data changes connects again. The database is an
// embedded PostgreSQL of this test's own, so stopping it disturbs no other test; it runs in a
// child process (test/support/embedded-db.ts), outside jest's sandbox.

jest.setTimeout(180_000);

interface Database {
  url: string;
  stop(): Promise<void>;
}

/** The test's PostgreSQL on `port` with its data under `dataDir` (initialised on first start). */
function startDatabase(): Promise<Database> {
  const child = spawn(
    process.execPath,
    [JsBuild.ofRun().script('embedded-db.ts'), dataDir, String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const ended = new Promise<number | null>((resolve) => child.once('close', resolve));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) {
        resolve({
          url: ready[1],
          stop: async () => {
            child.kill('SIGTERM');
            expect(await ended).toBe(0);
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void ended.then((code) => reject(new Error(`the database ended (${code}): ${output}`)));
  });
}

let dataDir: string;
let port: number;
let database: Database | undefined;
let running: Running | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sports-ledger-outage-'));
  port = await freePort();
  database = await startDatabase();
  running = await startServerOn(database.url);
});

afterAll(async () => {
  await running?.stop().catch(() => undefined);
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function readyz(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${running!.url}/readyz`);
  return { status: response.status, body: await response.json() };
}

async function listBatches(): Promise<{
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}> {
  const response = await fetch(`${running!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(ImportBatchListDocument), variables: { first: 5 } }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Polls until `probe` returns true; the time it took, or a failure after `ms`. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > ms) {
      throw new Error(`not within ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

it('says not ready while PostgreSQL is down, answers queries DB_UNAVAILABLE, and recovers when it returns, without a restart', async () => {
  expect(await readyz()).toEqual({
    status: 200,
    body: { ok: true, database: 'ok', migrations: 'applied' },
  });
  // pooled connections are opened before the outage, so the restart has some to cut
  await Promise.all([listBatches(), listBatches(), listBatches()]);

  await database!.stop();
  // the data version is read per request (and fails like any query) while nothing is heard
  await within(5_000, async () => !running!.services.answers.versions.live);
  expect(await readyz()).toEqual({
    status: 503,
    body: { ok: false, database: 'unreachable', migrations: 'unknown' },
  });
  const during = await listBatches();
  // as the REST routes answer an outage: 503 with Retry-After
  expect(during.status).toBe(503);
  expect(during.retryAfter).toMatch(/^\d+$/);
  // a refused connection field is null (the lists are nullable for BI connectors)
  expect(
    (during.body.data as { importBatches?: unknown } | undefined)?.importBatches ?? null,
  ).toBeNull();
  expect(during.body.errors).toEqual([
    expect.objectContaining({
      message: '暂时无法连接数据库，请稍后再试',
      extensions: { code: 'DB_UNAVAILABLE', retryAfterSeconds: expect.any(Number) },
    }),
  ]);
  expect(JSON.stringify(during.body)).not.toMatch(/select|ECONNREFUSED|stack/i);

  database = await startDatabase();
  await within(10_000, async () => (await readyz()).status === 200);
  // its listening connection is back too (backoff at most 5 s): versions come from memory again
  await within(10_000, async () => running!.services.answers.versions.live);
  // every query succeeds again: no dead connection is handed out by the pool or the ORM
  for (let i = 0; i < 10; i += 1) {
    const after = await listBatches();
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual({
      importBatches: expect.objectContaining({ totalCount: 0 }),
    });
  }
});
