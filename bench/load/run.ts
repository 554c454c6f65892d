import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { writeLedgers } from './ledgers';
import { QUERIES } from './queries';
import { pidListeningOn, sampleRss } from './server-memory';
import { uploadWhile } from './uploads';
import { checkBatches, wrongBatches } from './verify';

/**
 * bench/load: CLIENTS connections send a mix of list, compare and summary queries to a running
 * server for DURATION_S seconds while facilities ledgers are uploaded through POST /imports one
 * after another, cities alternating. Prints requests/s, p50/p99 per query, non-2xx and 5xx,
 * the server's peak RSS, and then checks every committed batch's rows in the database.
 * Usage and variables: bench/load/README.md.
 */
const env = process.env;
const URL_BASE = (env.URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
const DURATION_S = Number(env.DURATION_S ?? 60);
const CLIENTS = Number(env.CLIENTS ?? 50);
const LEDGER_ROWS = Number(env.LEDGER_ROWS ?? 20_000);
const auth: Record<string, string> = env.KEY ? { authorization: `Bearer ${env.KEY}` } : {};
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const pid = serverPid();
  const ready = await fetch(`${URL_BASE}/readyz`).catch(() => null);
  if (!ready?.ok) {
    throw new Error(`${URL_BASE}/readyz does not answer 200: start the server first (see README)`);
  }
  await checkQueries();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sports-ledger-load-'));
  try {
    const ledgers = await writeLedgers(dir, LEDGER_ROWS, 3);
    say(
      `bench/load against ${URL_BASE} (server pid ${pid ?? 'unknown'}): ${CLIENTS} clients, ${DURATION_S} s, ledgers of ${LEDGER_ROWS} rows; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`,
    );
    const memory = pid === null ? null : sampleRss(pid);
    let loading = true;
    const uploads = uploadWhile(URL_BASE, auth, ledgers, () => loading);
    const results = await Promise.all(QUERIES.map((q, i) => hammer(q, share(i))));
    loading = false;
    const imports = await uploads;
    const rss = memory?.stop();
    report(results, imports, rss);
    await verify(imports.flatMap((u) => (u.id === null ? [] : [u.id])));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each query once, before the load: a GraphQL error would otherwise pass as a 200. */
async function checkQueries(): Promise<void> {
  for (const { name, query, variables } of QUERIES) {
    const response = await fetch(`${URL_BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) {
      throw new Error(`${name}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
    }
  }
}

/** Connections for query `i`: CLIENTS split as evenly as it goes. */
function share(i: number): number {
  const base = Math.floor(CLIENTS / QUERIES.length);
  return base + (i < CLIENTS % QUERIES.length ? 1 : 0);
}

function hammer(query: (typeof QUERIES)[number], connections: number) {
  return autocannon({
    url: `${URL_BASE}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: query.query, variables: query.variables }),
    connections,
    duration: DURATION_S,
    workers: 1,
  }).then((result) => ({ query, connections, result }));
}

type Hammered = Awaited<ReturnType<typeof hammer>>;
type Imports = Awaited<ReturnType<typeof uploadWhile>>;

function report(results: Hammered[], imports: Imports, rss?: { peak: number; start: number }) {
  const codes = (r: Hammered['result']) => r as unknown as Record<'2xx' | '5xx', number>;
  let total = 0;
  say(
    '\nquery                                                      clients   req/s   p50 ms  p99 ms  non-2xx  5xx  errors (timeouts)',
  );
  for (const { query, connections, result } of results) {
    total += result.requests.total;
    say(
      [
        query.name.padEnd(58),
        String(connections).padStart(7),
        (result.requests.total / result.duration).toFixed(0).padStart(7),
        String(result.latency.p50).padStart(8),
        String(result.latency.p99).padStart(7),
        String(result.non2xx).padStart(8),
        String(codes(result)['5xx'] ?? 0).padStart(4),
        `${result.errors} (${result.timeouts})`.padStart(7),
      ].join(' '),
    );
  }
  say(`all queries: ${total} requests, ${(total / DURATION_S).toFixed(0)} req/s`);
  const committed = imports.filter((u) => u.batchStatus === 'COMMITTED');
  const ms = imports.map((u) => u.ms).sort((a, b) => a - b);
  say(
    `imports: ${imports.length} uploads, ${committed.length} committed (${committed.reduce((s, u) => s + u.rowsImported, 0)} rows), non-2xx ${imports.filter((u) => u.status < 200 || u.status > 299).length}, 5xx ${imports.filter((u) => u.status >= 500).length}; median ${ms[Math.floor(ms.length / 2)] ?? 0} ms per upload`,
  );
  if (rss) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    say(`server RSS: ${mb(rss.start)} before, peak ${mb(rss.peak)} during the run`);
  } else {
    say("server RSS: not measured (set SERVER_PID, or run as the server's user)");
  }
}

async function verify(ids: number[]): Promise<void> {
  if (!env.DATABASE_URL) {
    say("batches: not checked (set DATABASE_URL to the server's database)");
    return;
  }
  const checks = await checkBatches(env.DATABASE_URL, ids);
  const wrong = wrongBatches(checks);
  const kept = checks.filter((c) => c.status === 'COMMITTED' || c.status === 'SUPERSEDED');
  say(
    `batches: ${kept.length} committed (or since superseded) checked, ${kept.reduce((s, c) => s + c.found, 0)} rows found; ${wrong.length} wrong${wrong.length ? `: ${JSON.stringify(wrong)}` : ''}`,
  );
  if (wrong.length > 0) {
    process.exitCode = 1;
  }
}

function serverPid(): number | null {
  if (env.SERVER_PID) {
    return Number(env.SERVER_PID);
  }
  return pidListeningOn(Number(new URL(URL_BASE).port || 80));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
