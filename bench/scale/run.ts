import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SHANXI_CITIES, writeLedgers, type Ledger } from '../load/ledgers';
import { databaseOn } from '../query/database';
import { startApi, startWorker, type AppProcess } from './processes';
import { QUESTIONS, variantBodies } from './questions';

/**
 * bench/scale: the scale-out shapes side by side in one run, on one PostgreSQL server.
 *  1. Import throughput: four facilities ledgers of different cities (scopes) sent at once with
 *     `Prefer: respond-async` to an API that only queues (IMPORT_WORKERS=external), worked by one
 *     `sports-ledger worker`, then by two (each runs one job at a time: IMPORT_CONCURRENCY=1).
 *  2. compare and summary req/s with one API process, then two (each client half the
 *     connections), every request with new arguments so each process computes its answers.
 *
 *   DATABASE_URL   the server (required); the bench makes the database sports_ledger_scale_bench
 *   ROWS=20000     rows per ledger; DURATION=10 seconds per query measurement; CONNECTIONS=20
 */
const DATABASE = 'sports_ledger_scale_bench';
const ROWS = Number(process.env.ROWS ?? 20_000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const databaseUrl = await freshDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sports-ledger-scale-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PUBLIC_READ: 'on',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    IMPORT_WORKERS: 'external',
  };
  const started: AppProcess[] = [];
  try {
    say(
      `bench/scale on ${new URL(databaseUrl).host}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`,
    );
    const api1 = await startApi('API 1', env);
    started.push(api1);
    const key = (await readFile(path.join(dataDir, 'admin-key'), 'utf8')).trim();
    const ledgers = await writeLedgers(dataDir, ROWS, 2, SHANXI_CITIES);
    const workerEnv = { ...env, IMPORT_CONCURRENCY: '1' };
    say(`\nimports: 4 ledgers of ${ROWS.toLocaleString('en')} rows, 4 cities, sent at once`);
    say('| workers | wall s | rows/s |');
    say('|---|---|---|');
    for (const workers of [1, 2]) {
      const pool = await Promise.all(
        Array.from({ length: workers }, (_, i) => startWorker(`worker ${i + 1}`, workerEnv)),
      );
      started.push(...pool);
      const batch = ledgers.slice((workers - 1) * 4, workers * 4);
      const ms = await importAll(api1.url!, key, batch);
      say(
        `| ${workers} | ${(ms / 1000).toFixed(1)} | ${((batch.length * ROWS) / (ms / 1000)).toFixed(0)} |`,
      );
      await Promise.all(pool.map((p) => p.stop()));
    }
    const api2 = await startApi('API 2', env);
    started.push(api2);
    say(
      `\nqueries: ${CONNECTIONS} connections, ${DURATION} s each, new arguments on every request`,
    );
    say('| question | 1 API req/s | 2 APIs req/s | 2 ÷ 1 | p99 ms 1 / 2 |');
    say('|---|---|---|---|---|');
    for (const question of QUESTIONS) {
      const one = await hammer([api1.url!], question.name, variantBodies(question, 0));
      const two = await hammer([api1.url!, api2.url!], question.name, variantBodies(question, 1));
      say(
        `| ${question.name} | ${one.rps.toFixed(0)} | ${two.rps.toFixed(0)} | ${(two.rps / one.rps).toFixed(2)} | ${one.p99} / ${two.p99} |`,
      );
    }
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Sends every ledger at once (async) and waits until each batch has ended; returns the wall ms. */
async function importAll(url: string, key: string, ledgers: readonly Ledger[]): Promise<number> {
  const started = Date.now();
  const ids = await Promise.all(
    ledgers.map(async (ledger) => {
      const form = new FormData();
      form.append('file', new Blob([await readFile(ledger.file)]), path.basename(ledger.file));
      form.append('region', ledger.city.code);
      form.append('year', '2023');
      const response = await fetch(`${url}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, prefer: 'respond-async' },
        body: form,
      });
      const body = (await response.json()) as { id?: string | number };
      if (response.status !== 202 || body.id === undefined) {
        throw new Error(`upload of ${ledger.file}: ${response.status} ${JSON.stringify(body)}`);
      }
      return String(body.id);
    }),
  );
  for (const id of ids) {
    for (;;) {
      const response = await fetch(`${url}/imports/${id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const batch = (await response.json()) as { status?: string };
      if (batch.status === 'COMMITTED') {
        break;
      }
      if (batch.status !== 'QUEUED' && batch.status !== 'RUNNING') {
        throw new Error(
          `batch ${id} ended ${batch.status}: ${JSON.stringify(batch).slice(0, 500)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return Date.now() - started;
}

/** CONNECTIONS spread over `urls`, each request the next of `bodies`; total req/s and worst p99. */
async function hammer(urls: string[], title: string, bodies: string[]) {
  let next = 0;
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: Math.max(1, Math.round(CONNECTIONS / urls.length)),
        duration: DURATION,
        requests: [
          {
            setupRequest: (request: object) => ({
              ...request,
              body: bodies[next++ % bodies.length],
            }),
          },
        ],
      }),
    ),
  );
  for (const result of results) {
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
  }
  return {
    rps: results.reduce((sum, r) => sum + r.requests.total / r.duration, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
  };
}

async function freshDatabase(): Promise<string> {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'bench:scale needs DATABASE_URL (a PostgreSQL server it may create a database on)',
    );
  }
  return databaseOn(process.env.DATABASE_URL, DATABASE, true);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
