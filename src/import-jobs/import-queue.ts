import { createReadStream } from 'node:fs';
import type { Knex } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { CLI_SCOPE } from '../modules/common/access';
import {
  portableOptions,
  type ImportFile,
  type ImportJobs,
  type ImportOptions,
  type PortableOptions,
} from '../modules/common/import-port';
import { storeLargeObject } from './large-object';
import { knexExecutor } from './pg-executor';
import { IMPORT_QUEUE, QUEUE_SCHEMA } from './queue-schema';

/** What a job carries: its batch and the upload's options (the file is the batch's large object). */
export interface ImportJobData {
  batchId: number;
  fileName: string;
  options: Omit<PortableOptions, 'queuedBatch'>;
}

/** How often a synchronous upload run by another process looks whether its batch has ended. */
const SETTLED_POLL_MS = 250;

/** Times a job is run again after its worker died, before its batch ends FAILED (INTERRUPTED). */
export const JOB_RETRIES = 3;

/**
 * The import queue (pg-boss 10, in PostgreSQL; docs/scaling.md "Import jobs"): an upload is
 * stored as a large object, recorded as a QUEUED batch and sent as a job in one transaction, so
 * a job never exists without its file or its file without a job.
 */
export class ImportQueue implements ImportJobs {
  readonly boss: PgBoss;
  /** Told once a job is sent (committed): a worker in this process looks at once. */
  onSent: () => void = () => undefined;

  constructor(
    private readonly config: Config,
    private readonly db: Knex,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      db: knexExecutor(db),
      schema: QUEUE_SCHEMA,
      // the owner installs and upgrades the schema (queue-schema.ts); this only checks it
      migrate: false,
      schedule: false,
    });
    this.boss.on('error', (error) => log.warn({ err: error }, 'import queue'));
  }

  get external(): boolean {
    return this.config.importWorkers === 'external';
  }

  async start(): Promise<void> {
    await this.boss.start();
  }

  async enqueue(file: ImportFile, options: ImportOptions = {}): Promise<number> {
    const stream = 'path' in file ? createReadStream(file.path) : file.stream;
    const data = (batchId: number): ImportJobData => ({
      batchId,
      fileName: file.fileName,
      // the job names its batch itself: the options carry no queued batch of their own
      options: portableOptions({ ...options, queuedBatch: undefined }),
    });
    const batchId = await this.db.transaction(async (trx) => {
      // a large upload's chunks may take longer together than an API read is allowed
      await trx.raw('set local statement_timeout = 0');
      const stored = await storeLargeObject(trx, stream);
      const by = (options.scope ?? CLI_SCOPE).by;
      const { rows } = await trx.raw(
        `insert into import_batch (file_name, sha256, dry_run, status, created_at, rows_imported,
           report, uploaded_by_key_id, uploaded_by, content_oid)
         values (?, ?, ?, 'QUEUED', now(), 0, '{"sheets":[],"errors":[],"warnings":[]}', ?, ?, ?)
         returning id`,
        [file.fileName, stored.sha256, Boolean(options.dryRun), by.keyId, by.name, stored.oid],
      );
      const batchId = rows[0].id as number;
      const jobId = await this.boss.send(IMPORT_QUEUE, data(batchId), {
        db: knexExecutor(trx),
        retryLimit: JOB_RETRIES,
        retryDelay: 0,
        // a backstop only: a dead worker's job is taken over by its lapsed lease (lease-watch.ts)
        expireInSeconds: Math.ceil(this.config.importTimeoutMs / 1000) + 600,
      });
      await trx.raw('update import_batch set job_id = ? where id = ?', [jobId, batchId]);
      return batchId;
    });
    this.onSent();
    return batchId;
  }

  async settled(batchId: number): Promise<void> {
    for (;;) {
      const { rows } = await this.db.raw('select status from import_batch where id = ?', [batchId]);
      if (!['QUEUED', 'RUNNING'].includes(rows[0]?.status)) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLED_POLL_MS));
    }
  }

  /** Jobs waiting and running now (for /metrics). */
  async depth(): Promise<{ queued: number; active: number }> {
    const { rows } = await this.db.raw(
      `select count(*) filter (where state in ('created', 'retry'))::int as queued,
         count(*) filter (where state = 'active')::int as active
       from ${QUEUE_SCHEMA}.job where name = ?`,
      [IMPORT_QUEUE],
    );
    return rows[0];
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }
}
