import type { Knex } from '@mikro-orm/postgresql';
import type { SheetDefinition } from '../../modules/common/sheet-definition';

/**
 * Forgets the uploaded bytes of failed and dry-run batches older than `retentionMs`: they are
 * kept only so the clerk can download the workbook back with its errors marked, and used to stay
 * forever. The batch and its report stay. Returns the batches whose bytes were dropped.
 */
export async function dropExpiredContent(db: Knex, retentionMs: number): Promise<number[]> {
  const result = await db.raw(
    `update import_batch set content = null
     where content is not null and status <> 'RUNNING' and (status = 'FAILED' or dry_run)
       and coalesce(finished_at, created_at) < now() - make_interval(secs => ?)
     returning id`,
    [retentionMs / 1000],
  );
  return result.rows.map((row: { id: number }) => row.id).sort((a: number, b: number) => a - b);
}

export interface PurgedBatch {
  id: number;
  fileName: string;
  finishedAt: string;
  /** Fact rows removed (or that would be, on a dry run), by table. */
  rows: Record<string, number>;
}

/**
 * Removes the fact rows of superseded batches (finished before `before`, when given): they are
 * history nothing counts, kept until an operator purges them (`sports-ledger purge
 * --superseded`). The batch, its report and its scopes stay, marked `purged_at`; rolling back its
 * successor is refused from then on (rollback.ts), since the rows to bring back are gone. One
 * transaction; a dry run counts and rolls back.
 */
export async function purgeSuperseded(
  db: Knex,
  definitions: readonly SheetDefinition[],
  options: { before?: Date | null; dryRun?: boolean },
): Promise<PurgedBatch[]> {
  const trx = await db.transaction();
  try {
    const batches = (
      await trx.raw(
        `select id, file_name, finished_at from import_batch
         where status = 'SUPERSEDED' and purged_at is null and (?::timestamptz is null or finished_at < ?)
         order by id for update`,
        [options.before ?? null, options.before ?? null],
      )
    ).rows as { id: number; file_name: string; finished_at: Date }[];
    const purged: PurgedBatch[] = [];
    for (const batch of batches) {
      const rows: Record<string, number> = {};
      for (const table of new Set(definitions.map((d) => d.table))) {
        const deleted = await trx.raw(`delete from "${table}" where batch_id = ? and not current`, [
          batch.id,
        ]);
        if (deleted.rowCount) {
          rows[table] = deleted.rowCount;
        }
      }
      await trx.raw('update import_batch set purged_at = now(), content = null where id = ?', [
        batch.id,
      ]);
      const finishedAt = new Date(batch.finished_at).toISOString();
      purged.push({ id: batch.id, fileName: batch.file_name, finishedAt, rows });
    }
    await (options.dryRun ? trx.rollback() : trx.commit());
    return purged;
  } catch (error) {
    await trx.rollback().catch(() => undefined);
    throw error;
  }
}
