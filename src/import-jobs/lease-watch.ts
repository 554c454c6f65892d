import type { Knex } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Logger } from '../logger';
import { knexExecutor } from './pg-executor';
import { IMPORT_QUEUE } from './queue-schema';

/**
 * Takes over the jobs of workers that died (docs/scaling.md): a RUNNING queued batch whose
 * heartbeat is older than the lease goes back to QUEUED (one statement, so one watcher wins it)
 * and its job is failed, which pg-boss turns into a retry that any worker may fetch and run from
 * the stored file for the same batch. The dead worker's transaction died with its connection, so
 * nothing of it remains. A job out of retries ends its batch FAILED (INTERRUPTED).
 */
export async function takeOverLapsed(
  db: Knex,
  boss: PgBoss,
  leaseTimeoutMs: number,
  log: Logger,
): Promise<number> {
  // on the pool's connections without the ORM's query events: a watch is not a request's work
  const sql = knexExecutor(db);
  const { rows } = await sql.executeSql(
    `update import_batch set status = 'QUEUED', lease_owner = null, heartbeat_at = null,
       progress_rows = null, progress_sheet = null
     where status = 'RUNNING' and job_id is not null
       and heartbeat_at < now() - make_interval(secs => $1)
     returning id, job_id`,
    [leaseTimeoutMs / 1000],
  );
  for (const { id, job_id: jobId } of rows as { id: number; job_id: string }[]) {
    await boss.fail(IMPORT_QUEUE, jobId, { message: `the worker of batch ${id} stopped beating` });
    const job = await boss.getJobById(IMPORT_QUEUE, jobId);
    if (!job || job.state === 'failed') {
      await sql.executeSql(
        `update import_batch set status = 'FAILED', finished_at = now(),
           report = jsonb_set(report, '{errors}', '[{"sheet":null,"row":null,"column":null,"header":null,"value":null,"code":"INTERRUPTED","message":"the import was interrupted (its worker stopped) too many times; nothing was written"}]'::jsonb)
         where id = $1 and status = 'QUEUED'`,
        [id],
      );
    }
    log.warn({ batch: id, job: jobId, retried: job?.state !== 'failed' }, 'import job taken over');
  }
  return rows.length;
}
