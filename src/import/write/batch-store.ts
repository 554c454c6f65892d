import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
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

/** This process, as a RUNNING batch's lease names it: host and pid, and a tag against pid reuse. */
export const LEASE_OWNER = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

/** The lease's outcome when a batch is finished by a process that no longer holds it. */
export class LeaseLost extends Error {
  constructor(readonly batchId: number) {
    super(`batch ${batchId} is no longer RUNNING under this process (marked interrupted)`);
  }
}

/** The import_batch rows: created when an upload arrives, finished with its outcome and report. */
export function batchStore(db: Knex | Knex.Transaction) {
  return {
    async create(batch: {
      fileName: string;
      sha256: string;
      dryRun: boolean;
      uploadedBy: { keyId: number | null; name: string };
    }): Promise<number> {
      const result = await db.raw(
        `insert into import_batch (file_name, sha256, dry_run, status, created_at, rows_imported, report,
           lease_owner, heartbeat_at, uploaded_by_key_id, uploaded_by)
         values (?, ?, ?, 'RUNNING', now(), 0, '{"sheets":[],"errors":[],"warnings":[]}', ?, now(), ?, ?)
         returning id`,
        [
          batch.fileName,
          batch.sha256,
          batch.dryRun,
          LEASE_OWNER,
          batch.uploadedBy.keyId,
          batch.uploadedBy.name,
        ],
      );
      return result.rows[0].id as number;
    },

    /**
     * Records the outcome of a batch this process still holds; throws LeaseLost (so a commit's
     * transaction rolls back) when another process has meanwhile marked it interrupted.
     */
    async finish(id: number, outcome: BatchOutcome, report: ImportReport): Promise<void> {
      // A queued upload's file (a large object) goes in the same statement: whoever sees the
      // batch ended finds it gone, and a commit that rolls back keeps it for the job's next run.
      const result = await db.raw(
        `with old as (select id, content_oid from import_batch where id = ? for update),
         ended as (
           update import_batch b set status = ?, region_code = ?, year = ?, replaces_id = ?,
             identical_to_id = ?, rows_imported = ?, report = ?::jsonb, finished_at = now(),
             lease_owner = null, progress_rows = null, progress_sheet = null, content_oid = null
           from old where b.id = old.id and b.status = 'RUNNING' and b.lease_owner = ?
           returning old.content_oid as oid)
         select case when oid is not null then lo_unlink(oid) end from ended`,
        [
          id,
          outcome.status,
          outcome.region ?? null,
          outcome.year ?? null,
          outcome.replaces ?? null,
          outcome.identicalTo ?? null,
          outcome.rowsImported ?? 0,
          JSON.stringify(report),
          LEASE_OWNER,
        ],
      );
      if (result.rowCount === 0) {
        throw new LeaseLost(id);
      }
    },

    /** The owner's sign of life, every few seconds while the batch runs. */
    async heartbeat(id: number): Promise<void> {
      await db.raw(
        `update import_batch set heartbeat_at = now() where id = ? and status = 'RUNNING' and lease_owner = ?`,
        [id, LEASE_OWNER],
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

    /**
     * Batches left RUNNING by a process that died: their transaction was rolled back by
     * PostgreSQL. A batch is taken for dead only when its owner's heartbeat is older than
     * `leaseTimeoutMs` (by the database's clock, so servers' clocks need not agree): another
     * server's live import is left alone. A queued batch (one with a job) is not failed but
     * taken over and run again (import-jobs/lease-watch.ts).
     */
    async failInterrupted(leaseTimeoutMs: number): Promise<number> {
      const result = await db.raw(
        `update import_batch set status = 'FAILED', finished_at = now(),
           report = jsonb_set(report, '{errors}', '[{"sheet":null,"row":null,"column":null,"header":null,"value":null,"code":"INTERRUPTED","message":"the import was interrupted (the server stopped); nothing was written"}]'::jsonb)
         where status = 'RUNNING' and job_id is null
           and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))`,
        [leaseTimeoutMs / 1000],
      );
      return result.rowCount ?? 0;
    },
  };
}
