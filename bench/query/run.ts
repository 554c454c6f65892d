import './production-mode';
import 'reflect-metadata';
import os from 'node:os';
import { MikroORM, type Knex } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/mikro-orm.config';
import { createLogger, loadConfig, startServer } from '../../src/start-server';
import { benchEnvironment, describeDatabase } from './database';
import { measure, type Load } from './measure';
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

/**
 * bench/query: a synthetic country (every district; 1M facilities, 300k events, 100k results,
 * indicators over 3 years) loaded straight into a dedicated database, then the comparison
 * questions and the paged event list under autocannon. Prints req/s, p50/p99 and SQL statements
 * per request against the targets, and EXPLAIN ANALYZE of what misses them.
 *
 *   NODE_ENV      production unless set, as in the Docker image
 *   RELOAD=1      load the synthetic data again (otherwise kept between runs)
 *   REFRESH=0     skip rebuilding the comparison aggregates (done on every run by default)
 *   DURATION=15   seconds per scenario; WARMUP=2 seconds of warm-up; CONNECTIONS=10
 *   ONLY=compare  measure only the scenarios whose name contains one of these (comma-separated)
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
    const outcomes = await runScenarios(running.url, knex, load);
    await printReport(outcomes, knex, load, startLoad);
  } finally {
    await owner.close(true);
    await running.stop();
  }
}

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
  for (const outcome of missed(outcomes)) {
    const { slowest: statements, aloneMs } = outcome.measurement!;
    const sql = statements.reduce((sum, st) => sum + st.ms, 0);
    const slowest = statements[0];
    say(
      `\n"${outcome.scenario.name}": a ${aloneMs.toFixed(0)} ms request whose statements took ${sql.toFixed(0)} ms (summed; they may overlap); the rest is the server's own work (GraphQL, ORM, JSON)`,
    );
    say(`EXPLAIN ANALYZE of its slowest statement (${slowest.ms.toFixed(1)} ms):`);
    say(oneLine(slowest.sql));
    say(await explain(knex, slowest));
  }
}

async function runScenarios(url: string, knex: Knex, load: Load): Promise<Outcome[]> {
  const fields = await queryFields(url);
  const only = process.env.ONLY?.split(',').filter(Boolean);
  const log = new StatementLog(knex);
  const outcomes: Outcome[] = [];
  for (const scenario of scenarios(url, knex)) {
    if (only && !only.some((word) => scenario.name.includes(word))) {
      continue;
    }
    if (!fields.has(scenario.field)) {
      outcomes.push({ scenario, skipped: `no ${scenario.field} in the schema yet` });
      continue;
    }
    const started = Date.now();
    try {
      const { request, note } = await scenario.prepare();
      const measurement = await measure(url, request, log, load);
      outcomes.push({ scenario, measurement, note });
      say(
        `${scenario.name}: p99 ${measurement.p99} ms, ${measurement.reqPerSec.toFixed(0)} req/s (${seconds(started)})`,
      );
    } catch (error) {
      outcomes.push({ scenario, skipped: `failed: ${(error as Error).message}` });
      say(`${scenario.name}: FAILED ${(error as Error).message}`);
    }
  }
  return outcomes;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
