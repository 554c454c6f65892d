import type { Knex } from '@mikro-orm/postgresql';
import { aggregateOf, pairsOfScope, refreshAggregate } from './aggregates';
import { bumpDataVersion } from './answer-cache';

export interface ScopeChange {
  table: string;
  regionCode: string;
  year: number;
}

/**
 * Called inside the transaction that commits or rolls back a ledger: brings the aggregates of
 * every (region, year) the changed scopes cover in line with the current rows.
 */
export async function refreshChangedScopes(
  trx: Knex.Transaction,
  changes: readonly ScopeChange[],
): Promise<void> {
  await bumpDataVersion(trx);
  for (const change of changes) {
    const aggregate = aggregateOf(change.table);
    if (aggregate) {
      const pairs = await pairsOfScope(trx, change.table, change.regionCode, change.year);
      if (pairs.length > 0) {
        await refreshAggregate(trx, aggregate, pairs);
      }
    }
  }
}
