import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startServer, type Running } from '../../src/start-server';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase } from './databases';

/** Extra request headers, e.g. `{ 'accept-language': 'en' }`. */
type Headers = Record<string, string>;

export interface TestApp {
  url: string;
  running: Running;
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
  /** Runs SQL on the test database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The real server on a fresh database of this test file, on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, PORT: '0', ...env });
  const running = await startServer(config, createLogger('silent'));
  const knex = running.db.orm.em.getConnection().getKnex();
  const gqlRaw = async <R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Headers) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await response.json()) as ExecutionResult<R>;
  };
  return {
    url: running.url,
    running,
    gqlRaw,
    gql: async (doc, variables, headers) => {
      const result = await gqlRaw(doc, variables, headers);
      if (result.errors) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      }
      return result.data!;
    },
    countStatements: async (fn) => {
      let count = 0;
      const listener = () => {
        count += 1;
      };
      knex.on('query', listener);
      try {
        await fn();
      } finally {
        knex.removeListener('query', listener);
      }
      return count;
    },
    sql: async (query, params = []) => (await knex.raw(query, params as never)).rows,
    stop: () => running.stop(),
  };
}
