import type { Knex } from '@mikro-orm/postgresql';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { lockScopes } from './scope-replacement';
import { RollbackRefused } from '../../modules/common/import-port';
import type { ScopesChanged } from '../../modules/common/commit-hooks';

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
  knex: Knex,
  definitions: readonly SheetDefinition[],
  batchId: number,
  onScopesChanged?: ScopesChanged,
): Promise<void> {
  await knex.transaction(async (trx) => {
    const batch = (
      await trx.raw('select status, dry_run from import_batch where id = ? for update', [batchId])
    ).rows[0];
    if (!batch) {
      throw new RollbackRefused('noBatch', { id: batchId });
    }
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
