import type { Knex } from '@mikro-orm/postgresql';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { batchStore, type BatchOutcome } from './batch-store';
import { identicalFile } from './identical-file';
import { readScopes, type ImportContext } from '../import-context';
import { lockScopes, replaceScopes, type ScopeRows } from './scope-replacement';
import type { ImportDeps } from '../import-deps';
import { checkPlausibility } from '../check/plausibility';

/**
 * The last step of an import, inside its transaction: lock the scopes, make sure the same file
 * was not committed meanwhile, warn about implausible figures, replace the scopes' previous
 * rows, bring derived data along, record the outcome and commit.
 */
export async function commit(
  trx: Knex.Transaction,
  deps: ImportDeps,
  batch: { id: number; sha256: string },
  ctx: ImportContext,
  base: { region?: string; year: number | null },
): Promise<BatchOutcome> {
  const scopes = scopeRows(ctx, deps.definitions);
  await lockScopes(trx, scopes);
  const batchId = batch.id;
  const identical = await identicalFile(trx, batch.sha256, batchId, ctx.report);
  if (identical !== null) {
    await trx.rollback();
    return { ...base, status: 'COMMITTED', identicalTo: identical };
  }
  await checkPlausibility(trx, batchId, ctx.writer.sums, ctx.report);
  const replaced = await replaceScopes(trx, batchId, scopes);
  await deps.onScopesChanged?.(
    trx,
    scopes,
    ctx.writer.observer ? { id: batchId, rows: ctx.writer.observer } : undefined,
  );
  const outcome: BatchOutcome = {
    ...base,
    status: 'COMMITTED',
    replaces: replaced[0] ?? null,
    rowsImported: ctx.writer.rowsWritten,
  };
  await ctx.columns.remember(trx, batchId);
  await batchStore(trx).finish(batchId, outcome, ctx.report.build());
  await trx.commit();
  refreshStatistics(deps.db, scopes);
  return { ...outcome, stored: true };
}

/** Rows written past which a commit refreshes its tables' planner statistics. */
export const ANALYZE_AFTER_ROWS = 10_000;
const analyzing = new Set<string>();

/**
 * After a large commit, the tables it wrote are analysed in the background (one at a time per
 * table, never awaited): otherwise the planner keeps the row counts of before the rows it
 * replaced stopped being current until autovacuum passes, and lists pick slow plans meanwhile.
 */
function refreshStatistics(db: Knex, scopes: readonly ScopeRows[]): void {
  const written = scopes.reduce((sum, scope) => sum + scope.rows, 0);
  const tables = [...new Set(scopes.map((scope) => scope.table))].filter((t) => !analyzing.has(t));
  if (written < ANALYZE_AFTER_ROWS || tables.length === 0) {
    return;
  }
  tables.forEach((table) => analyzing.add(table));
  db.raw('select sports_ledger_analyze_facts(?::text[])', [tables])
    .catch(() => undefined) // statistics only: autovacuum refreshes them later anyway
    .finally(() => tables.forEach((table) => analyzing.delete(table)));
}

function scopeRows(ctx: ImportContext, definitions: readonly SheetDefinition[]): ScopeRows[] {
  return readScopes(ctx).map((scope) => ({
    ...scope,
    table: definitions.find((d) => d.kind === scope.kind)!.table,
  }));
}
