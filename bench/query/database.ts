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
  return { ...base, DATABASE_URL: await databaseOn(env.DATABASE_URL, BENCH_DATABASE, reload) };
}

/**
 * The URL of the database `name` on the server `serverUrl` reaches, which is created if missing
 * (dropped first when `fresh`): each benchmark's data in a database of its own.
 */
export async function databaseOn(serverUrl: string, name: string, fresh: boolean): Promise<string> {
  const server = new Client({ connectionString: serverUrl });
  await server.connect();
  try {
    if (fresh) {
      await server.query(`drop database if exists ${name} with (force)`);
    }
    const { rowCount } = await server.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await server.query(`create database ${name}`);
    }
  } finally {
    await server.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Where the benchmark's data lives, for the report. */
export function describeDatabase(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL
    ? `database ${BENCH_DATABASE} on ${new URL(env.DATABASE_URL).host}`
    : `embedded PostgreSQL in ${EMBEDDED_DIR}`;
}
