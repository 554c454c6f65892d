import type { Knex } from '@mikro-orm/postgresql';

const MAX_ENTRIES = 500;

/**
 * Answers to comparison questions, kept until the data changes. The data changes only when a
 * ledger is committed or rolled back, and that bumps `data_version` in the same transaction, so
 * one cheap read tells whether a kept answer still holds — on every server sharing the database.
 */
export class AnswerCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();

  async get<T>(db: Knex, question: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    const key = `${question}|${JSON.stringify(args)}`;
    const { version, value } = await this.lookup(db, key);
    if (value !== undefined) {
      return value as T;
    }
    const computed = await compute();
    this.store(key, version, computed);
    return computed;
  }

  /** The current data version, and the answer kept for `key` under it, if any. */
  async lookup(db: Knex, key: string): Promise<{ version: string; value?: unknown }> {
    const { rows } = await db.raw('select version from data_version where id = 1');
    const version = String(rows[0]?.version ?? '0');
    const hit = this.entries.get(key);
    return hit && hit.version === version ? { version, value: hit.value } : { version };
  }

  store(key: string, version: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}

/** Inside a commit's or rollback's transaction: every kept answer is now stale. */
export async function bumpDataVersion(trx: Knex.Transaction): Promise<void> {
  await trx.raw(
    'insert into data_version (id, version) values (1, 1) on conflict (id) do update set version = data_version.version + 1',
  );
}
