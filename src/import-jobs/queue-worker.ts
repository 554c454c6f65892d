import { Readable } from 'node:stream';
import type { Knex } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ImportFailed, type Importer } from '../modules/common/import-port';
import type { ImportJobData } from './import-queue';
import { largeObjectChunks, releaseLargeObject } from './large-object';
import { takeOverLapsed } from './lease-watch';
import { IMPORT_QUEUE } from './queue-schema';

/** Seconds between a worker's looks at the queue when no job was announced to it. */
const POLL_SECONDS = 1;

/**
 * Works the import queue in this process (the server with IMPORT_WORKERS=inline, or a
 * `sports-ledger worker`): IMPORT_CONCURRENCY jobs at once, each run by `importer` (the import
 * threads) from its stored file for its own batch, and a watch over every worker's leases.
 */
export class QueueWorker {
  private readonly workers: string[] = [];
  private watch: NodeJS.Timeout | undefined;

  constructor(
    private readonly boss: PgBoss,
    private readonly importer: Importer,
    private readonly db: Knex,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    for (let i = 0; i < this.config.importConcurrency; i += 1) {
      const options = { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS };
      this.workers.push(
        await this.boss.work<ImportJobData>(IMPORT_QUEUE, options, ([job]) => this.run(job)),
      );
    }
    const every = Math.max(1000, Math.floor(this.config.leaseTimeoutMs / 3));
    this.watch = setInterval(() => {
      takeOverLapsed(this.db, this.boss, this.config.leaseTimeoutMs, this.log).catch(
        (error: unknown) => this.log.warn({ err: error }, 'the lease watch failed'),
      );
    }, every);
    this.watch.unref();
  }

  /** Tells this process's workers to look now (a job was just sent here). */
  nudge(): void {
    this.workers.forEach((id) => this.boss.notifyWorker(id));
  }

  /** Takes no new job; the running ones end as the importer's drain lets them (drain.ts). */
  async stop(): Promise<void> {
    clearInterval(this.watch);
    await Promise.all(this.workers.map((id) => this.boss.offWork({ id })));
  }

  private async run(job: PgBoss.Job<ImportJobData>): Promise<void> {
    const { batchId, fileName, options } = job.data;
    const { rows } = await this.db.raw(
      'select status, content_oid from import_batch where id = ?',
      [batchId],
    );
    if (rows[0]?.status !== 'QUEUED') {
      // run already (a job retried after its batch ended, or taken over twice): nothing to do
      await releaseLargeObject(this.db, batchId);
      return;
    }
    const stream = Readable.from(largeObjectChunks(this.db, Number(rows[0].content_oid)));
    this.log.info({ batch: batchId, job: job.id }, 'import job started');
    try {
      await this.importer.run({ stream, fileName }, { ...options, queuedBatch: batchId });
    } catch (error) {
      if (!(error instanceof ImportFailed)) {
        // BatchNotQueued (handed back as this process stops, or taken by another worker), the
        // database lost, the server busy: the job fails, and pg-boss runs it again
        throw error;
      }
      this.log.error({ err: error.cause, batch: batchId }, 'import failed');
    } finally {
      await releaseLargeObject(this.db, batchId).catch((error: unknown) =>
        this.log.warn({ err: error, batch: batchId }, 'the upload could not be removed'),
      );
    }
    this.log.info({ batch: batchId, job: job.id }, 'import job ended');
  }
}
