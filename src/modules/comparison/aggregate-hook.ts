import type { Knex } from '@mikro-orm/postgresql';
import type { RegionIndex } from '../../regions/region-index';
import type { RowObserver, ScopeChange, ScopesChanged } from '../common/commit-hooks';
import { aggregateOf, type RegionYear } from './aggregate.specs';
import { pairsOfScope, refreshAggregate, refreshAggregateWithBatch } from './aggregates';
import { BatchAggregates } from './batch-aggregates';
import { bumpDataVersion } from './answer-cache';

/** Made per import: sums the batch's own aggregate figures while its rows are written. */
export function observeRowsForAggregates(): RowObserver {
  return new BatchAggregates();
}

/**
 * Called inside the transaction that commits or rolls back a ledger: brings the aggregates of
 * every (region, year) the changed scopes cover in line with the current rows. A commit brings
 * its batch's figures summed in memory, so only the other batches' rows are read.
 */
export function scopesChangedHook(regions: RegionIndex): ScopesChanged {
  return (trx, changes, batch) => refreshChangedScopes(regions, trx, changes, batch);
}

async function refreshChangedScopes(
  regions: RegionIndex,
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
          // Other batches can hold rows there only if their scope is a region or an ancestor.
          scopes: withAncestors(regions, pairs),
        });
      } else if (pairs.length > 0) {
        await refreshAggregate(trx, aggregate, pairs);
      }
    }
  }
}

function withAncestors(regions: RegionIndex, pairs: readonly RegionYear[]): string[] {
  const codes = new Set<string>();
  for (const { regionCode } of pairs) {
    codes.add(regionCode);
    regions.ancestors(regionCode).forEach((ancestor) => codes.add(ancestor.code));
  }
  return [...codes];
}
