import type { Knex } from '@mikro-orm/postgresql';

/**
 * When `signal` fires (the server is stopping and its grace period is over), PostgreSQL is asked
 * to cancel whatever statement the import's transaction is running, so a long COPY or commit
 * does not outlast the deadline; the transaction then rolls back. Between statements the
 * pipeline checks the signal itself. Returns the function that stops listening.
 */
export async function cancelOnAbort(
  db: Knex,
  trx: Knex.Transaction,
  signal: AbortSignal | undefined,
): Promise<() => void> {
  if (!signal) {
    return () => undefined;
  }
  // The transaction's own connection: its backend pid is known from the handshake, no statement.
  const client = (await trx.client.acquireConnection()) as { processID?: number };
  const pid = client.processID;
  const cancel = () => {
    if (pid !== undefined) {
      db.raw('select pg_cancel_backend(?)', [pid]).catch(() => undefined);
    }
  };
  signal.addEventListener('abort', cancel, { once: true });
  return () => signal.removeEventListener('abort', cancel);
}
