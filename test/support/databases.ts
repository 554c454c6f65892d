import { Client } from 'pg';

/** Names are per test run, so two runs on one server never drop each other's databases. */
export function runPrefix(): string {
  return `sports_ledger_test_${process.env.TEST_RUN_ID ?? '0'}`;
}

export function templateDb(): string {
  return `${runPrefix()}_template`;
}

/** The URL with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the server's maintenance database. */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  if (!adminUrl) {
    throw new Error('TEST_ADMIN_URL is unset: run the tests through jest (globalSetup)');
  }
  const name = `${runPrefix()}_${process.env.JEST_WORKER_ID ?? '0'}`;
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(adminUrl, `create database ${name} template ${templateDb()}`);
  return withDatabase(adminUrl, name);
}
