import type { Knex } from '@mikro-orm/postgresql';
import type { RowObserver } from '../../import/import-ledger';
import {
  aggregateOf,
  pairsOfScope,
  refreshAggregate,
  refreshAggregateWithBatch,
} from './aggregates';
import { BatchAggregates } from './batch-aggregates';
import { bumpDataVersion } from './answer-cache';

export interface ScopeChange {
  table: string;
  kind: string;
  regionCode: string;
  year: number;
}

/** Made per import: sums the batch's own aggregate figures while its rows are written. */
export function observeRowsForAggregates(): RowObserver {
  return new BatchAggregates();
}

/**
 * Called inside the transaction that commits or rolls back a ledger: brings the aggregates of
 * every (region, year) the changed scopes cover in line with the current rows. A commit brings
 * its batch's figures summed in memory, so only the other batches' rows are read.
 */
export async function refreshChangedScopes(
  trx: Knex.Transaction,
  changes: readonly ScopeChange[],
  batch?: { id: number; rows: RowObserver },
): Promise<void> {
  await bumpDataVersion(trx);
  const figures = batch?.rows instanceof BatchAggregates ? batch.rows : null;
  for (const change of changes) {
    const aggregate = aggregateOf(change.table);
    if (aggregate) {
      const pairs = await pairsOfScope(trx, change.table, change.regionCode, change.year);
      if (pairs.length > 0 && figures) {
        await refreshAggregateWithBatch(trx, aggregate, pairs, {
          id: batch!.id,
          kind: change.kind,
          figures,
        });
      } else if (pairs.length > 0) {
        await refreshAggregate(trx, aggregate, pairs);
      }
    }
  }
}
