import autocannon from 'autocannon';
import { bodyOf, post, type Request } from './graphql';
import type { ServerProcess } from './server-process';
import type { Statement, StatementLog } from './statements';
import type { Random } from './variants';

export interface Load {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** One path of a question (repeated, or a first ask) under load. */
export interface Measurement {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Median latency of five requests sent one at a time (after a first, uncounted one). */
  aloneMs: number;
  /** Statements of one request, counted alone. */
  statements: number;
  /** Statements the server under load sent, divided by the requests it answered. */
  statementsUnderLoad: number;
  failures: number;
  /**
   * CPU milliseconds the server process spent per answered request during the timed run: on a
   * machine shared with other work this is steadier than req/s.
   */
  cpuMsPerRequest: number;
  /** The statements of that median request, slowest first. */
  slowest: Statement[];
  rows: number;
  /** The server process's resident set: after the run, and its peak so far. */
  rssBytes: number;
  peakRssBytes: number;
}

/** Where the requests go: the server process under load, and the harness's own for counting. */
export interface Servers {
  load: ServerProcess;
  /** A server in the harness's process, whose statements `log` sees one request at a time. */
  countingUrl: string;
  log: StatementLog;
}

/**
 * The same request again and again: one request first (so that its answer is kept, as for a
 * dashboard), requests one at a time on the counting server (statements recorded), a warm-up,
 * then the timed run on the server process.
 */
export async function measureRepeated(
  servers: Servers,
  request: Request,
  load: Load,
): Promise<Measurement> {
  await post(servers.load.url, request);
  await post(servers.countingUrl, request);
  const alone = await aloneRuns(servers, () => request, 5);
  return underLoad(servers, load, alone, { body: bodyOf(request) });
}

/**
 * A new request of the same shape each time (see Prepared.firstAsk). Requests already sent are
 * drawn again (up to 100 times), so that no request of a run is answered from a kept answer
 * while its questions last; a run longer than a scenario has questions asks some again, which
 * its statements per request show.
 */
export async function measureFirstAsk(
  servers: Servers,
  draw: (random: Random) => Request,
  random: Random,
  load: Load,
): Promise<Measurement> {
  const sent = new Set<string>();
  const next = (r: Random) => {
    let request = draw(r);
    for (let i = 0; i < 100 && sent.has(bodyOf(request)); i += 1) {
      request = draw(r);
    }
    sent.add(bodyOf(request));
    return request;
  };
  // the counting server's first request pays its warm-up (plans, the metric catalog)
  await post(servers.countingUrl, next(random));
  const alone = await aloneRuns(servers, () => next(random), 5);
  return underLoad(servers, load, alone, {
    requests: [{ setupRequest: (req: object) => ({ ...req, body: bodyOf(next(random)) }) }],
  });
}

type Alone = { ms: number; statements: Statement[]; rows: number }[];

async function underLoad(
  servers: Servers,
  load: Load,
  alone: Alone,
  requests: { body?: string; requests?: object[] },
): Promise<Measurement> {
  const { ms: aloneMs, statements, rows } = alone[Math.floor(alone.length / 2)];
  const options = {
    url: `${servers.load.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: load.connections,
    ...requests,
  };
  if (load.warmupSeconds > 0) {
    await autocannon({ ...options, duration: load.warmupSeconds });
  }
  const before = await servers.load.stats();
  const result = await autocannon({ ...options, duration: load.seconds });
  const after = await servers.load.stats();
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.total / load.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    aloneMs,
    statements: statements.length,
    statementsUnderLoad:
      (after.statements - before.statements) / Math.max(result.requests.total, 1),
    failures: result.errors + result.timeouts + result.non2xx,
    cpuMsPerRequest:
      (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(result.requests.total, 1),
    slowest: [...statements].sort((a, b) => b.ms - a.ms),
    rows,
    rssBytes: after.rssBytes,
    peakRssBytes: after.peakRssBytes,
  };
}

/** Sequential requests on the counting server, each with its statements; sorted by latency. */
async function aloneRuns(servers: Servers, next: () => Request, times: number): Promise<Alone> {
  const runs: Alone = [];
  for (let i = 0; i < times; i += 1) {
    let rows = 0;
    const request = next();
    const started = process.hrtime.bigint();
    const statements = await servers.log.record(async () => {
      rows = countRows(await post(servers.countingUrl, request));
    });
    runs.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, statements, rows });
  }
  return runs.sort((a, b) => a.ms - b.ms);
}

/** The length of the answer's list (rows of a summary, nodes of a page). */
function countRows(data: Record<string, unknown>): number {
  const value = Object.values(data)[0] as unknown[] | { nodes?: unknown[] };
  return Array.isArray(value) ? value.length : (value.nodes?.length ?? 0);
}
