import path from 'node:path';
import { Client } from 'pg';

/** The dedicated database's name on a DATABASE_URL server; BENCH_DATABASE names another. */
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'sports_ledger_bench';
const EMBEDDED_DIR = path.resolve(__dirname, '../.out/pg');

/**
 * The environment the benchmarked server starts with: a dedicated database so the synthetic
 * country never mixes with real ledgers. With DATABASE_URL, the database `sports_ledger_bench`
 * on that server, or the one `BENCH_DATABASE` names (dropped first when `reload`); without, an embedded cluster under bench/.out/pg.
 */
export async function benchEnvironment(
  env: NodeJS.ProcessEnv,
  reload: boolean,
): Promise<NodeJS.ProcessEnv> {
  // reads open, as where a dashboard asks without a key (decisions §10)
  const base = { ...env, PORT: '0', HOST: '127.0.0.1', PUBLIC_READ: 'on' };
  if (!env.DATABASE_URL) {
    return { ...base, DATA_DIR: EMBEDDED_DIR };
  }
  const server = new Client({ connectionString: env.DATABASE_URL });
  await server.connect();
  try {
    if (reload) {
      await server.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    }
    const { rowCount } = await server.query('select 1 from pg_database where datname = $1', [
      BENCH_DATABASE,
    ]);
    if (!rowCount) {
      await server.query(`create database ${BENCH_DATABASE}`);
    }
  } finally {
    await server.end();
  }
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return { ...base, DATABASE_URL: url.toString() };
}

/** Where the benchmark's data lives, for the report. */
export function describeDatabase(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL
    ? `database ${BENCH_DATABASE} on ${new URL(env.DATABASE_URL).host}`
    : `embedded PostgreSQL in ${EMBEDDED_DIR}`;
}
