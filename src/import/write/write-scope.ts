import type { Knex } from '@mikro-orm/postgresql';
import type { WriteScope } from '../../modules/common/access';
import type { RegionIndex } from '../../regions/region-index';

/**
 * Tells the database's row-level policies (migration 20261207170000) where this transaction may
 * write facts: the scope region's subtree, or `*` for anywhere. Local to the transaction, so a
 * pooled connection never carries one caller's scope into the next one's work.
 */
export async function setWriteScope(
  trx: Knex.Transaction,
  regions: RegionIndex,
  scope: WriteScope,
): Promise<void> {
  const allowed =
    scope.regionCode === null ? '*' : `,${regions.subtree(scope.regionCode).join(',')},`;
  await trx.raw(`select set_config('sports_ledger.write_regions', ?, true)`, [allowed]);
}
