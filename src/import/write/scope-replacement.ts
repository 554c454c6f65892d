import type { Knex } from '@mikro-orm/postgresql';

export interface ScopeRows {
  regionCode: string;
  year: number;
  kind: string;
  table: string;
  rows: number;
}

/**
 * Serialises imports of the same scope: a transaction-level advisory lock per (region, year,
 * kind), taken in a fixed order so two imports never wait on each other crosswise.
 */
export async function lockScopes(
  trx: Knex.Transaction,
  scopes: readonly ScopeRows[],
): Promise<void> {
  const keys = scopes.map((s) => `ledger:${s.regionCode}:${s.year}:${s.kind}`).sort();
  for (const key of keys) {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
  }
}

/**
 * Makes the batch authoritative for its scopes (ledger-spec §7): the previous batch's rows of
 * each scope stop being current but stay as history. Returns the batches replaced.
 */
export async function replaceScopes(
  trx: Knex.Transaction,
  batchId: number,
  scopes: readonly ScopeRows[],
): Promise<number[]> {
  const replaced: number[] = [];
  for (const scope of scopes) {
    const previous = await trx.raw(
      `update import_scope set current = false where region_code = ? and year = ? and kind = ? and current returning batch_id`,
      [scope.regionCode, scope.year, scope.kind],
    );
    const previousId: number | null = previous.rows[0]?.batch_id ?? null;
    if (previousId !== null) {
      replaced.push(previousId);
      await trx.raw(
        `update "${scope.table}" set current = false where batch_id = ? and scope_region_code = ? and year = ? and current`,
        [previousId, scope.regionCode, scope.year],
      );
    }
    await trx.raw(
      `insert into import_scope (batch_id, region_code, year, kind, replaced_batch_id, rows, current) values (?, ?, ?, ?, ?, ?, true)`,
      [batchId, scope.regionCode, scope.year, scope.kind, previousId, scope.rows],
    );
  }
  await markSuperseded(trx, replaced);
  return [...new Set(replaced)];
}

/** A batch none of whose scopes is current any more has been superseded. */
export async function markSuperseded(
  trx: Knex.Transaction,
  batchIds: readonly number[],
): Promise<void> {
  if (batchIds.length === 0) {
    return;
  }
  await trx.raw(
    `update import_batch b set status = 'SUPERSEDED'
     where b.id = any(?::int[]) and b.status = 'COMMITTED'
       and not exists (select 1 from import_scope s where s.batch_id = b.id and s.current)`,
    [[...batchIds]],
  );
}
