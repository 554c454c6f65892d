import autocannon from 'autocannon';
import { bodyOf, post, type Request } from './graphql';
import type { Statement, StatementLog } from './statements';

export interface Load {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface Measurement {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Median latency of five requests sent one at a time (after a first, uncounted one). */
  aloneMs: number;
  /** Statements of one request, counted alone. */
  statements: number;
  /** Statements counted under load divided by the requests sent (a check on the above). */
  statementsUnderLoad: number;
  failures: number;
  /** The statements of that median request, slowest first. */
  slowest: Statement[];
  rows: number;
}

/**
 * Requests one at a time (checked for errors, timed, statements recorded), a warm-up, then the timed
 * run. autocannon fires from a worker thread, so its client work does not share the server's
 * event loop (the server runs in this process, which is how its statements can be counted).
 */
export async function measure(
  url: string,
  request: Request,
  log: StatementLog,
  load: Load,
): Promise<Measurement> {
  await post(url, request);
  const alone = await aloneRuns(url, request, log, 5);
  const { ms: aloneMs, statements, rows } = alone[Math.floor(alone.length / 2)];
  const options = {
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyOf(request),
  };
  if (load.warmupSeconds > 0) {
    await autocannon({
      ...options,
      connections: load.connections,
      duration: load.warmupSeconds,
      workers: 1,
    });
    await settle(log);
  }
  const before = log.count;
  const result = await autocannon({
    ...options,
    connections: load.connections,
    duration: load.seconds,
    workers: 1,
  });
  await settle(log);
  const counted = log.count - before;
  await post(url, request);
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.total / load.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    aloneMs,
    statements: statements.length,
    statementsUnderLoad: counted / Math.max(result.requests.sent, 1),
    failures: result.errors + result.timeouts + result.non2xx,
    slowest: [...statements].sort((a, b) => b.ms - a.ms),
    rows,
  };
}

/** Sequential requests, each with its statements; sorted by latency. */
async function aloneRuns(url: string, request: Request, log: StatementLog, times: number) {
  const runs: { ms: number; statements: Statement[]; rows: number }[] = [];
  for (let i = 0; i < times; i += 1) {
    let rows = 0;
    const started = process.hrtime.bigint();
    const statements = await log.record(async () => {
      rows = countRows(await post(url, request));
    });
    runs.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, statements, rows });
  }
  return runs.sort((a, b) => a.ms - b.ms);
}

/** Waits for the requests autocannon left in flight to finish (no statement for 300 ms). */
async function settle(log: StatementLog): Promise<void> {
  for (let last = -1, i = 0; log.count !== last && i < 50; i += 1) {
    last = log.count;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** The length of the answer's list (rows of a summary, nodes of a page). */
function countRows(data: Record<string, unknown>): number {
  const value = Object.values(data)[0] as unknown[] | { nodes?: unknown[] };
  return Array.isArray(value) ? value.length : (value.nodes?.length ?? 0);
}
