import './production-mode';
import 'reflect-metadata';
import os from 'node:os';
import { MikroORM, type Knex } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/mikro-orm.config';
import { createLogger, loadConfig, startServer } from '../../src/start-server';
import { benchEnvironment, describeDatabase } from './database';
import { measureFirstAsk, measureRepeated, type Load, type Servers } from './measure';
import {
  formatPaging,
  formatStatements,
  formatTable,
  missed,
  oneLine,
  type Outcome,
} from './report';
import { scenarios } from './scenarios';
import { explain, StatementLog } from './statements';
import { prepareData } from './prepare';
import { queryFields } from './graphql';
import { ServerProcess } from './server-process';
import { seeded } from './variants';

/**
 * bench/query: a synthetic country (every district; 1M facilities, 300k events, 100k results,
 * indicators over 3 years) loaded straight into a dedicated database, then the comparison
 * questions and the paged event list under autocannon, each twice: the same arguments again and
 * again (repeated), and new arguments on every request (first ask). The server under load runs
 * in a process of its own (serve.ts), so that its peak RSS is its own; a second server in this
 * process answers requests one at a time so that their statements can be recorded. Prints
 * req/s, p50/p99, the server's CPU ms per request, SQL statements per request and RSS, and EXPLAIN ANALYZE of what misses the
 * targets.
 *
 *   NODE_ENV      production unless set, as in the Docker image
 *   RELOAD=1      load the synthetic data again (otherwise kept between runs)
 *   REFRESH=0     skip rebuilding the comparison aggregates (done on every run by default)
 *   DURATION=15   seconds per scenario; WARMUP=2 seconds of warm-up; CONNECTIONS=10
 *   ONLY=compare  measure only the scenarios whose name contains one of these (comma-separated)
 *   PATHS=repeated,first   which paths to measure (both by default)
 *   BENCH_DATABASE        the database's name on DATABASE_URL (sports_ledger_bench)
 *   MEMORY_LOG=1000       the server process writes where its memory is every 1000 ms (serve.ts)
 *
 * The server process runs with the V8 flags of `npm start` (node-flags.ts).
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const reload = process.env.RELOAD === '1';
  const load: Load = {
    connections: Number(process.env.CONNECTIONS ?? 10),
    seconds: Number(process.env.DURATION ?? 15),
    warmupSeconds: Number(process.env.WARMUP ?? 2),
  };
  const startLoad = os.loadavg()[0];
  const env = await benchEnvironment(process.env, reload);
  say(
    `bench/query on ${describeDatabase(env)}; ${os.cpus().length} CPUs, load average ${startLoad.toFixed(1)}, NODE_ENV=${process.env.NODE_ENV}`,
  );
  const running = await startServer(loadConfig(env), createLogger('warn'));
  // The server acts as a role that owns nothing (decisions §11); loading, indexing and vacuuming
  // the synthetic data need the owner, which the URL logs in as.
  const owner = await MikroORM.init(ormConfig(running.db.url));
  try {
    const knex = running.db.orm.em.getConnection().getKnex();
    await prepareData(owner.em.getConnection().getKnex(), describeDatabase(env), reload, say);
    const server = await ServerProcess.start(env, running.db.url);
    try {
      const servers = { load: server, countingUrl: running.url, log: new StatementLog(knex) };
      const outcomes = await runScenarios(servers, knex, load);
      await printReport(outcomes, knex, load, startLoad);
      // idle a while first, as a server between a dashboard's refreshes (V8 shrinks its heap then)
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      const { peakRssBytes, rssBytes } = await server.stats();
      say(
        `\npeak RSS of the server process (pid ${server.pid}): ${mb(peakRssBytes)} MB; ${mb(rssBytes)} MB after ${IDLE_MS / 1000} s idle`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await owner.close(true);
    await running.stop();
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const IDLE_MS = 15_000;

/** The table, the paging ratio, each request's statements, and EXPLAIN ANALYZE of the misses. */
async function printReport(
  outcomes: Outcome[],
  knex: Knex,
  load: Load,
  startLoad: number,
): Promise<void> {
  say(
    `\n${load.connections} connections, ${load.seconds} s each (after ${load.warmupSeconds} s warm-up); load average now ${os.loadavg()[0].toFixed(1)}`,
  );
  say(formatTable(outcomes));
  if (startLoad > os.cpus().length) {
    say(
      `the machine was busy before the benchmark started (load ${startLoad.toFixed(1)} on ${os.cpus().length} CPUs): latencies include waiting for CPU`,
    );
  }
  say(formatPaging(outcomes));
  say(`\nStatements of one request, slowest first:\n${formatStatements(outcomes)}`);
  for (const { outcome, path, m } of missed(outcomes)) {
    const sql = m.slowest.reduce((sum, st) => sum + st.ms, 0);
    const slowest = m.slowest[0];
    say(
      `\n"${outcome.scenario.name}", ${path}: a ${m.aloneMs.toFixed(0)} ms request whose statements took ${sql.toFixed(0)} ms (summed; they may overlap); the rest is the server's own work (GraphQL, ORM, JSON)`,
    );
    say(`EXPLAIN ANALYZE of its slowest statement (${slowest.ms.toFixed(1)} ms):`);
    say(oneLine(slowest.sql));
    say(await explain(knex, slowest));
  }
}

async function runScenarios(servers: Servers, knex: Knex, load: Load): Promise<Outcome[]> {
  const fields = await queryFields(servers.countingUrl);
  const only = process.env.ONLY?.split(',').filter(Boolean);
  const paths = (process.env.PATHS ?? 'repeated,first').split(',');
  const outcomes: Outcome[] = [];
  for (const scenario of scenarios(servers.countingUrl, knex)) {
    if (only && !only.some((word) => scenario.name.includes(word))) {
      continue;
    }
    if (!fields.has(scenario.field)) {
      outcomes.push({ scenario, skipped: `no ${scenario.field} in the schema yet` });
      continue;
    }
    const started = Date.now();
    try {
      const prepared = await scenario.prepare();
      const outcome: Outcome = {
        scenario,
        note: prepared.note,
        firstAskNote: prepared.firstAskNote,
      };
      if (paths.includes('repeated')) {
        outcome.repeated = await measureRepeated(servers, prepared.request, load);
        say(`${scenario.name}, repeated: ${summary(outcome.repeated)} (${seconds(started)})`);
      }
      if (paths.includes('first') && prepared.firstAsk) {
        // the same first asks on every run, so that two builds are asked the same questions
        const random = seeded([...scenario.name].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
        outcome.firstAsk = await measureFirstAsk(servers, prepared.firstAsk, random, load);
        say(`${scenario.name}, first ask: ${summary(outcome.firstAsk)} (${seconds(started)})`);
      }
      outcomes.push(outcome);
    } catch (error) {
      outcomes.push({ scenario, skipped: `failed: ${(error as Error).message}` });
      say(`${scenario.name}: FAILED ${(error as Error).message}`);
    }
  }
  return outcomes;
}

function summary(m: {
  p99: number;
  reqPerSec: number;
  statementsUnderLoad: number;
  cpuMsPerRequest: number;
}): string {
  return `p99 ${m.p99} ms, ${m.reqPerSec.toFixed(0)} req/s, ${m.cpuMsPerRequest.toFixed(2)} server CPU ms/request, ${m.statementsUnderLoad.toFixed(2)} statements/request`;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
