import type { Knex } from '@mikro-orm/postgresql';

export interface Statement {
  sql: string;
  bindings: unknown[];
  ms: number;
}

interface QueryEvent {
  sql: string;
  bindings?: unknown[];
  __knexQueryUid: string;
}

/**
 * Counts and times the SQL statements the server sends, through knex's query events (the
 * server runs in this process, so every statement of a request passes here).
 */
export class StatementLog {
  count = 0;
  private recording: Statement[] | null = null;
  private readonly started = new Map<string, { event: QueryEvent; at: bigint }>();

  constructor(knex: Knex) {
    knex.on('query', (event: QueryEvent) => {
      this.count += 1;
      if (this.recording) {
        this.started.set(event.__knexQueryUid, { event, at: process.hrtime.bigint() });
      }
    });
    const finish = (_: unknown, event: QueryEvent) => this.finish(event);
    knex.on('query-response', finish);
    knex.on('query-error', finish);
  }

  /** Records every statement (text, bindings, duration) that `run` causes. */
  async record(run: () => Promise<void>): Promise<Statement[]> {
    const statements: Statement[] = [];
    this.recording = statements;
    try {
      await run();
    } finally {
      this.recording = null;
      this.started.clear();
    }
    return statements;
  }

  private finish(event: QueryEvent): void {
    const start = this.started.get(event.__knexQueryUid);
    if (start && this.recording) {
      this.started.delete(event.__knexQueryUid);
      const ms = Number(process.hrtime.bigint() - start.at) / 1e6;
      this.recording.push({ sql: start.event.sql, bindings: start.event.bindings ?? [], ms });
    }
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a recorded statement. The recorded text is already in the
 * driver's `$n` form, so it goes to a pooled pg connection directly rather than through knex.
 */
export async function explain(knex: Knex, statement: Statement): Promise<string> {
  const client = knex.client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(c: PgClient): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    const { rows } = await connection.query(
      `explain (analyze, buffers) ${statement.sql}`,
      statement.bindings,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: Record<string, string>[] }>;
}
