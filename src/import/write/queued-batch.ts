import type { Knex } from '@mikro-orm/postgresql';
import { BatchNotQueued } from '../../modules/common/import-port';
import { LEASE_OWNER } from './batch-store';

/**
 * A queued batch as the pipeline sees it (docs/scaling.md, "Import jobs"): taken over by the
 * process that runs it (its lease), told how far it has read, and handed back to the queue when
 * that process stops before the end.
 */
export function queuedBatch(db: Knex, id: number) {
  return {
    /** Takes the QUEUED batch for this process; BatchNotQueued when it no longer waits. */
    async claim(): Promise<void> {
      const result = await db.raw(
        `update import_batch set status = 'RUNNING', lease_owner = ?, heartbeat_at = now(),
           progress_rows = 0, progress_sheet = null
         where id = ? and status = 'QUEUED'`,
        [LEASE_OWNER, id],
      );
      if ((result.rowCount ?? 0) === 0) {
        throw new BatchNotQueued(id);
      }
    },

    /** One short statement of its own, never in the import's transaction (so others see it). */
    async progress(rows: number, sheet: string): Promise<void> {
      await db.raw(
        `update import_batch set progress_rows = ?, progress_sheet = ?
         where id = ? and status = 'RUNNING' and lease_owner = ?`,
        [rows, sheet, id, LEASE_OWNER],
      );
    },

    /** Back to the queue, for a worker to run again from the start: nothing of it was written. */
    async handBack(): Promise<boolean> {
      const result = await db.raw(
        `update import_batch set status = 'QUEUED', lease_owner = null, heartbeat_at = null,
           progress_rows = null, progress_sheet = null
         where id = ? and status = 'RUNNING' and lease_owner = ?`,
        [id, LEASE_OWNER],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}
