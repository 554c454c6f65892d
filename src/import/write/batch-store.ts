import type { Knex } from '@mikro-orm/postgresql';
import type { ImportReport } from '../../modules/import-batch/import-report';

export interface BatchOutcome {
  status: 'COMMITTED' | 'VALIDATED' | 'FAILED';
  region?: string | null;
  year?: number | null;
  replaces?: number | null;
  identicalTo?: number | null;
  rowsImported?: number;
  /** Already written with the commit's transaction. */
  stored?: boolean;
}

/** The import_batch rows: created when an upload arrives, finished with its outcome and report. */
export function batchStore(db: Knex | Knex.Transaction) {
  return {
    async create(batch: { fileName: string; sha256: string; dryRun: boolean }): Promise<number> {
      const result = await db.raw(
        `insert into import_batch (file_name, sha256, dry_run, status, created_at, rows_imported, report)
         values (?, ?, ?, 'RUNNING', now(), 0, '{"sheets":[],"errors":[],"warnings":[]}') returning id`,
        [batch.fileName, batch.sha256, batch.dryRun],
      );
      return result.rows[0].id as number;
    },

    async finish(id: number, outcome: BatchOutcome, report: ImportReport): Promise<void> {
      await db.raw(
        `update import_batch set status = ?, region_code = ?, year = ?, replaces_id = ?, identical_to_id = ?,
           rows_imported = ?, report = ?::jsonb, finished_at = now() where id = ?`,
        [
          outcome.status,
          outcome.region ?? null,
          outcome.year ?? null,
          outcome.replaces ?? null,
          outcome.identicalTo ?? null,
          outcome.rowsImported ?? 0,
          JSON.stringify(report),
          id,
        ],
      );
    },

    /** Keeps the uploaded workbook so the clerk can download it back with its errors marked. */
    async keepContent(id: number, content: Buffer): Promise<void> {
      await db.raw('update import_batch set content = ? where id = ?', [content, id]);
    },

    /** The committed (not dry-run) batch of the same file, other than this one. */
    async findCommitted(sha256: string, exceptId: number): Promise<number | null> {
      const result = await db.raw(
        `select id from import_batch where sha256 = ? and status = 'COMMITTED' and not dry_run and id <> ? order by id limit 1`,
        [sha256, exceptId],
      );
      return (result.rows[0]?.id as number | undefined) ?? null;
    },

    /**
     * Ends a batch still RUNNING as FAILED with one whole-file issue (an import stopped from
     * outside: its time ran out). A batch its import finished meanwhile is left as it is.
     */
    async failRunning(
      id: number,
      issue: { code: string; message: string; params?: Record<string, string | number> },
    ): Promise<boolean> {
      const error = { sheet: null, row: null, column: null, header: null, value: null, ...issue };
      const result = await db.raw(
        `update import_batch set status = 'FAILED', finished_at = now(), rows_imported = 0,
           report = jsonb_set(report, '{errors}', ?::jsonb)
         where id = ? and status = 'RUNNING'`,
        [JSON.stringify([error]), id],
      );
      return (result.rowCount ?? 0) > 0;
    },

    /** Batches left RUNNING by a process that died: their transaction was rolled back by PostgreSQL. */
    async failInterrupted(): Promise<number> {
      const result = await db.raw(
        `update import_batch set status = 'FAILED', finished_at = now(),
           report = jsonb_set(report, '{errors}', '[{"sheet":null,"row":null,"column":null,"header":null,"value":null,"code":"INTERRUPTED","message":"the import was interrupted (the server stopped); nothing was written"}]'::jsonb)
         where status = 'RUNNING'`,
      );
      return result.rowCount ?? 0;
    },
  };
}
