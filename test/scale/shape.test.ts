import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScript } from '../support/cli';
import { findPgBin, query, startPgCluster, type PgCluster } from '../support/pg-cluster';
import { redisAnswers, TEST_REDIS_URL, uniquePrefix } from '../support/redis';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { waitFor } from '../support/wait-for';
import { killWorker, startWorkerProcess, type WorkerProcess } from '../support/worker-process';

/**
 * The scale-out shape on one machine, loopback only, every part started here: a PostgreSQL
 * primary with a streaming replica (pg_basebackup), Redis, two API processes that only queue
 * imports, and two `sports-ledger worker` processes. An import sent to API 1 is worked by a
 * worker, which is killed with SIGKILL mid-job; the other takes the job over, and the ledger's
 * rows are exact. Both APIs then answer the new version, and no ETag ever names two bodies.
 */
const ROWS = 40_000;

const pgBin = findPgBin();
const why = 'dir' in pgBin ? null : pgBin.why;

(why ? describe.skip : describe)(`the scale-out shape${why ? ` (skipped: ${why})` : ''}`, () => {
  let cluster: PgCluster;
  let dataDir: string;
  const apis: ServerProcess[] = [];
  let workers: WorkerProcess[] = [];
  let key: string;
  let ledger: string;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    if (!redisAnswers(TEST_REDIS_URL)) {
      throw new Error(`Redis is not answering at ${TEST_REDIS_URL}: the shape needs it`);
    }
    dataDir = mkdtempSync(path.join(tmpdir(), 'sports-ledger-shape-'));
    ledger = path.join(dataDir, 'jinzhong-2023.xlsx');
    const [started] = await Promise.all([
      startPgCluster((pgBin as { dir: string }).dir),
      runScript('write-big-ledger.ts', [ledger, String(ROWS)]),
    ]);
    cluster = started;
    Object.assign(env, {
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_REPLICA_URLS: cluster.standbyUrl,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: uniquePrefix(),
      IMPORT_WORKERS: 'external',
      LEASE_TIMEOUT_S: '3',
      DATA_DIR: dataDir,
      PUBLIC_READ: 'on',
    });
    // the first API migrates the database and makes the admin key; the second finds both
    apis.push(await startServerProcess(env));
    apis.push(await startServerProcess(env));
    key = readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim();
    workers = await Promise.all([1, 2].map(() => startWorkerProcess(env.DATABASE_URL, env)));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => killWorker(worker)));
    for (const api of apis) {
      api.child.kill('SIGTERM');
      await api.done;
    }
    await cluster?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('takes a killed worker’s job over, and both APIs serve the new version under new ETags only', async () => {
    const seen = new EtagLog();
    await Promise.all(apis.map((api) => seen.ask(api.url)));
    const before = seen.latest();

    const form = new FormData();
    form.append('file', new Blob([readFileSync(ledger)]), 'jinzhong-2023.xlsx');
    const sent = await fetch(`${apis[0].url}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, prefer: 'respond-async' },
      body: form,
    });
    expect(sent.status).toBe(202);
    const { id } = (await sent.json()) as { id: string };
    expect(sent.headers.get('location')).toBe(`/imports/${id}`);

    // the batch, as API 2 sees it, is being read by one of the workers: that one is killed
    const owner = await waitFor(
      'a worker to have read rows of the ledger',
      async () => {
        const batch = await batchOn(apis[1].url, id);
        const rows = (batch.progress as { rowsRead?: number } | null)?.rowsRead ?? 0;
        return batch.status === 'RUNNING' && rows > 0 ? await leaseOwner(id) : null;
      },
      60_000,
    );
    const victim = workers.find((w) => owner.includes(String(w.child.pid)));
    expect(victim).toBeDefined();
    await killWorker(victim);
    const polling = seen.pollWhile(apis.map((api) => api.url));

    const done = await waitFor(
      'the job to be taken over and committed',
      async () => {
        const batch = await batchOn(apis[1].url, id);
        return batch.status === 'COMMITTED' || batch.status === 'FAILED' ? batch : null;
      },
      120_000,
    );
    expect(done.status).toBe('COMMITTED');
    expect(done.rowsImported).toBe(ROWS);
    expect(workers.find((w) => w !== victim)!.child.exitCode).toBeNull();

    // exact: the ledger's rows once, nothing of the killed run left, the stored file released
    const [facts] = await sql(
      `select count(*)::int as rows, count(distinct row)::int as distinct_rows,
         (select count(*)::int from pg_largeobject_metadata) as large_objects
       from facility where batch_id = $1`,
      [Number(id)],
    );
    expect(facts).toEqual({ rows: ROWS, distinct_rows: ROWS, large_objects: 0 });

    // both APIs answer the new version (after the replica has replayed it), under a new ETag
    const after = await waitFor('both APIs to answer the new version', async () => {
      const answers = await Promise.all(apis.map((api) => seen.ask(api.url)));
      const fresh = answers.every((a) => a.etag !== before.etag && a.total > 0);
      return fresh && answers[0].etag === answers[1].etag ? answers[0] : null;
    });
    expect(after.total).toBe(ROWS);
    // the answers were read on the replica: both APIs hold connections there
    const [standby] = await sql(
      `select count(distinct client_port)::int as clients from pg_stat_activity
       where backend_type = 'client backend' and pid <> pg_backend_pid()`,
      [],
      cluster.standbyUrl,
    );
    expect(standby.clients).toBeGreaterThanOrEqual(2);
    await polling.stop();
    seen.expectOneBodyPerEtag();

    // a matching ETag costs nothing: 304 from both
    for (const api of apis) {
      const again = await fetch(compareUrl(api.url), {
        headers: { 'if-none-match': after.etag, 'apollo-require-preflight': 'true' },
      });
      expect(again.status).toBe(304);
    }
  }, 240_000);

  async function batchOn(url: string, id: string): Promise<Record<string, unknown>> {
    const response = await fetch(`${url}/imports/${id}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  async function leaseOwner(id: string): Promise<string> {
    const [row] = await sql('select lease_owner from import_batch where id = $1', [Number(id)]);
    return String(row?.lease_owner ?? '');
  }

  function sql(text: string, params: unknown[] = [], url = cluster.primaryUrl) {
    return query(url, text, params);
  }
});

const COMPARE = `{ compare(regions: ["140700"], metrics: ["facilities.count"], years: [2023]) { value } }`;

function compareUrl(base: string): string {
  return `${base}/graphql?query=${encodeURIComponent(COMPARE)}`;
}

/** Every (ETag, body) pair the APIs answered: an ETag must always come with the same body. */
class EtagLog {
  private readonly bodies = new Map<string, Set<string>>();
  private last = { etag: '', total: 0 };

  async ask(url: string): Promise<{ etag: string; total: number }> {
    const response = await fetch(compareUrl(url), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const body = await response.text();
    const seen = this.bodies.get(etag) ?? new Set<string>();
    seen.add(body);
    this.bodies.set(etag, seen);
    const parsed = JSON.parse(body) as { data: { compare: { value: number | null }[] } };
    const total = parsed.data.compare.reduce((sum, row) => sum + (row.value ?? 0), 0);
    this.last = { etag, total };
    return this.last;
  }

  latest(): { etag: string; total: number } {
    return this.last;
  }

  /** Asks both APIs again and again until stopped (through the commit and the replica's replay). */
  pollWhile(urls: string[]): { stop(): Promise<void> } {
    let running = true;
    const loops = urls.map(async (url) => {
      while (running) {
        await this.ask(url);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    return {
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  expectOneBodyPerEtag(): void {
    const mixed = [...this.bodies].filter(([, bodies]) => bodies.size > 1);
    expect(mixed).toEqual([]);
    expect(this.bodies.size).toBeGreaterThanOrEqual(2);
  }
}
