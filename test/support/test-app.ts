import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Knex } from '@mikro-orm/postgresql';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startServer, type Running } from '../../src/start-server';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase } from './databases';
import { JsBuild } from './js-build';

/**
 * Extra request headers, e.g. `{ 'accept-language': 'en' }`. The app's admin key is sent unless
 * they carry their own `authorization` (`asKey(key)`; `asKey(null)` sends none).
 */
type Headers = Record<string, string>;

/** Headers that send `key` instead of the app's admin key, or no key at all (null). */
export function asKey(key: string | null): Headers {
  return { authorization: key === null ? '' : `Bearer ${key}` };
}

/** The request's headers: the key of the app unless `headers` say otherwise; '' drops one. */
export function withKey(app: { key?: string | null }, headers: Headers = {}): Headers {
  const all: Headers = app.key ? { authorization: `Bearer ${app.key}` } : {};
  for (const [name, value] of Object.entries(headers)) {
    all[name.toLowerCase()] = value;
  }
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== ''));
}

export interface TestApp {
  url: string;
  running: Running;
  /** The admin key the server made on its first start (null with AUTH=off); sent by default. */
  key: string | null;
  /** The server's DATA_DIR (a temporary folder of this test file unless DATA_DIR is given). */
  dataDir: string;
  /** fetch on the server with the app's key (headers as in `withKey`). */
  fetch(urlPath: string, init?: RequestInit & { headers?: Headers }): Promise<Response>;
  /** Runs a typed operation through HTTP and returns its data, failing on GraphQL errors. */
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Headers): Promise<R>;
  /** Runs an operation and returns the whole response (data and errors). */
  gqlRaw<R, V>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
    headers?: Headers,
  ): Promise<ExecutionResult<R>>;
  /** Counts the SQL statements the callback makes the server run. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  /** The text of every SQL statement the callback makes the server run, in order. */
  statements(fn: () => Promise<unknown>): Promise<string[]>;
  /** Runs SQL on the test database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The JSON lines a logger wrote (`startTestApp(env, { log })`), parsed as they arrive. */
export class LogCapture {
  readonly lines: Record<string, unknown>[] = [];
  /** The raw text, to look for what must never be written. */
  text = '';

  write(chunk: string): void {
    this.text += chunk;
    for (const line of chunk.split('\n').filter(Boolean)) {
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
  }
}

/**
 * The real server on a fresh database of this test file, on a free port; with `DATABASE_URL` in
 * `env`, on that database as it is (a second server beside a first: `first.running.db.url`).
 * With `log`, the server logs into it at LOG_LEVEL (default info); otherwise at TEST_LOG
 * (default silent) to stdout.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { log?: LogCapture } = {},
): Promise<TestApp> {
  const databaseUrl = env.DATABASE_URL ?? (await createTestDatabase());
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'sports-ledger-data-'));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    DATA_DIR: dataDir,
    ...env,
  });
  const log = options.log
    ? createLogger(config.logLevel, options.log)
    : createLogger(process.env.TEST_LOG ?? 'silent');
  const running = await startServer(config, log, { compiledSrc: JsBuild.ofRun().src });
  const knex = running.db.orm.em.getConnection().getKnex();
  const key = config.auth ? readFileSync(path.join(dataDir, 'admin-key'), 'utf8').trim() : null;
  const statements = (fn: () => Promise<unknown>) => statementsOn(knex, fn);
  const gqlRaw = async <R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Headers) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: withKey({ key }, { 'content-type': 'application/json', ...headers }),
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await response.json()) as ExecutionResult<R>;
  };
  return {
    url: running.url,
    running,
    key,
    dataDir,
    fetch: (urlPath, init = {}) =>
      fetch(`${running.url}${urlPath}`, { ...init, headers: withKey({ key }, init.headers) }),
    gqlRaw,
    gql: async (doc, variables, headers) => {
      const result = await gqlRaw(doc, variables, headers);
      if (result.errors) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      }
      return result.data!;
    },
    countStatements: async (fn) => (await statements(fn)).length,
    statements,
    // As the owner, not the server's role: tests arrange data (and triggers) behind the policies.
    sql: (query, params = []) =>
      knex.transaction(async (trx) => {
        await trx.raw('set local role none');
        return (await trx.raw(query, params as never)).rows;
      }),
    stop: async () => {
      await running.stop();
      if (!env.DATA_DIR) {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The text of every SQL statement `fn` makes run through `knex` (a pool of the server's), in order. */
export async function statementsOn(knex: Knex, fn: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const listener = (query: { sql: string }) => {
    texts.push(query.sql);
  };
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  return texts;
}
