import type { Knex } from '@mikro-orm/postgresql';
import type { WriteScope } from '../../modules/common/access';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import type { RegionIndex } from '../../regions/region-index';
import type { ImportDeps } from '../import-deps';
import { lockScopes } from './scope-replacement';
import { RollbackForbidden, RollbackRefused } from '../../modules/common/import-port';
import { setWriteScope } from './write-scope';

interface ScopeRow {
  region_code: string;
  year: number;
  kind: string;
  replaced_batch_id: number | null;
  current: boolean;
}

/**
 * Undoes a committed batch: its rows stop being current and the rows it replaced are current
 * again. Only the batch in force for all its scopes can be rolled back; a later ledger must be
 * rolled back first.
 */
export async function rollbackBatch(
  deps: ImportDeps,
  batchId: number,
  scope: WriteScope,
): Promise<void> {
  const { definitions, onScopesChanged } = deps;
  await deps.db.transaction(async (trx) => {
    // rolling back a national batch rewrites as many rows as importing it did
    await trx.raw('set local statement_timeout = 0');
    const batch = (
      await trx.raw('select status, dry_run from import_batch where id = ? for update', [batchId])
    ).rows[0];
    if (!batch) {
      throw new RollbackRefused('noBatch', { id: batchId });
    }
    await refuseOutsideScope(trx, deps.regions, batchId, scope);
    await setWriteScope(trx, deps.regions, scope);
    if (batch.status === 'SUPERSEDED') {
      const later = await trx.raw(
        'select max(batch_id) as id from import_scope where replaced_batch_id = ?',
        [batchId],
      );
      throw new RollbackRefused('rollbackReplaced', {
        id: batchId,
        by: String(later.rows[0]?.id ?? ''),
      });
    }
    if (batch.status !== 'COMMITTED') {
      throw new RollbackRefused('rollbackNotCommitted', { id: batchId, status: batch.status });
    }
    const scopes: ScopeRow[] = (
      await trx.raw('select * from import_scope where batch_id = ?', [batchId])
    ).rows;
    await lockScopes(
      trx,
      scopes.map((s) => ({
        regionCode: s.region_code,
        year: s.year,
        kind: s.kind,
        table: '',
        rows: 0,
      })),
    );
    await refuseIfReplaced(trx, batchId, scopes);
    await refuseIfPredecessorPurged(trx, batchId, scopes);
    for (const scope of scopes) {
      await restoreScope(trx, definitions, batchId, scope);
    }
    const tableOf = (kind: string) => definitions.find((d) => d.kind === kind)!.table;
    await onScopesChanged?.(
      trx,
      scopes.map((s) => ({
        table: tableOf(s.kind),
        kind: s.kind,
        regionCode: s.region_code,
        year: s.year,
      })),
    );
    await trx.raw(
      `update import_batch set status = 'ROLLED_BACK', finished_at = now() where id = ?`,
      [batchId],
    );
  });
}

/** An uploader rolls back only batches whose every scope lies in its region's subtree. */
async function refuseOutsideScope(
  trx: Knex.Transaction,
  regions: RegionIndex,
  batchId: number,
  scope: WriteScope,
): Promise<void> {
  const within = scope.regionCode;
  if (within === null) {
    return;
  }
  const { rows } = await trx.raw(
    `select region_code from import_batch where id = ? and region_code is not null
     union select region_code from import_scope where batch_id = ?`,
    [batchId, batchId],
  );
  const outside = (rows as { region_code: string }[])
    .map((r) => r.region_code)
    .filter((code) => !regions.isWithin(code, within));
  if (outside.length > 0) {
    throw new RollbackForbidden(batchId, outside.sort(), within);
  }
}

async function refuseIfReplaced(
  trx: Knex.Transaction,
  batchId: number,
  scopes: ScopeRow[],
): Promise<void> {
  const later = await trx.raw(
    `select distinct s.batch_id from import_scope s where s.replaced_batch_id = ? and s.current order by 1`,
    [batchId],
  );
  if (later.rows.length > 0 || scopes.some((s) => !s.current)) {
    const ids = later.rows.map((r: { batch_id: number }) => r.batch_id).join(', ');
    throw new RollbackRefused('rollbackReplaced', { id: batchId, by: ids });
  }
}

/** The rows a rollback would bring back are gone once an operator purged them. */
async function refuseIfPredecessorPurged(
  trx: Knex.Transaction,
  batchId: number,
  scopes: ScopeRow[],
): Promise<void> {
  const replaced = scopes.flatMap((s) =>
    s.replaced_batch_id === null ? [] : [s.replaced_batch_id],
  );
  const purged = await trx.raw(
    'select id from import_batch where id = any(?::int[]) and purged_at is not null order by id',
    [replaced],
  );
  if (purged.rows.length > 0) {
    const ids = purged.rows.map((r: { id: number }) => r.id).join(', ');
    throw new RollbackRefused('rollbackPurged', { id: batchId, ids });
  }
}

async function restoreScope(
  trx: Knex.Transaction,
  definitions: readonly SheetDefinition[],
  batchId: number,
  scope: ScopeRow,
): Promise<void> {
  const table = definitions.find((d) => d.kind === scope.kind)!.table;
  const where = 'scope_region_code = ? and year = ?';
  await trx.raw(`update "${table}" set current = false where batch_id = ? and ${where}`, [
    batchId,
    scope.region_code,
    scope.year,
  ]);
  await trx.raw(
    'update import_scope set current = false where batch_id = ? and region_code = ? and year = ? and kind = ?',
    [batchId, scope.region_code, scope.year, scope.kind],
  );
  if (scope.replaced_batch_id === null) {
    return;
  }
  await trx.raw(`update "${table}" set current = true where batch_id = ? and ${where}`, [
    scope.replaced_batch_id,
    scope.region_code,
    scope.year,
  ]);
  await trx.raw(
    'update import_scope set current = true where batch_id = ? and region_code = ? and year = ? and kind = ?',
    [scope.replaced_batch_id, scope.region_code, scope.year, scope.kind],
  );
  await trx.raw(
    `update import_batch set status = 'COMMITTED' where id = ? and status = 'SUPERSEDED'`,
    [scope.replaced_batch_id],
  );
}
