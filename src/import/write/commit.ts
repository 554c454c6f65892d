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
  return { ...outcome, stored: true };
}

function scopeRows(ctx: ImportContext, definitions: readonly SheetDefinition[]): ScopeRows[] {
  return readScopes(ctx).map((scope) => ({
    ...scope,
    table: definitions.find((d) => d.kind === scope.kind)!.table,
  }));
}
