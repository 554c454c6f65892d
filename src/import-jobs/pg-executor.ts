import type { Knex } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';

interface PgConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The queue's statements on the ORM's own pool, so they act as the role the app's connections
 * act as (db/app-role.ts) and need no pool of their own. Given a transaction, they run in it:
 * that is how a job is sent in the transaction that stores its upload.
 */
export function knexExecutor(knex: Knex | Knex.Transaction): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const connection = (await knex.client.acquireConnection()) as PgConnection;
      try {
        return (await connection.query(text, values)) as { rows: unknown[] };
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
}
