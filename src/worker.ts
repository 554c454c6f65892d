import { loadConfig, type Config } from './config';
import { migrationsApplied, openDatabase } from './db/database';
import { Drain } from './drain';
import { installImportQueue } from './import-jobs/queue-schema';
import { QueueWorker } from './import-jobs/queue-worker';
import { createLogger, type Logger } from './logger';
import { createServices } from './services';

export interface RunningWorker {
  /**
   * Takes no new job; the one running gets SHUTDOWN_GRACE_S to finish, after which it is handed
   * back to the queue (its transaction rolled back) for another worker to run from the start.
   */
  stop(): Promise<void>;
}

/**
 * `sports-ledger worker`: a process that runs queued imports (IMPORT_CONCURRENCY at once, in its
 * own import threads) from the database the server uses, on any machine that reaches it. It
 * needs DATABASE_URL: an embedded database lives inside one server's process.
 */
export async function startWorker(
  config: Config,
  log: Logger,
  options: { compiledSrc?: string } = {},
): Promise<RunningWorker> {
  if (!config.databaseUrl) {
    throw new Error(
      'sports-ledger worker needs DATABASE_URL: the database the server uses (an embedded one cannot be shared)',
    );
  }
  const db = await openDatabase(config, log);
  try {
    if (!(await migrationsApplied(db.orm))) {
      throw new Error(
        'the database is not migrated: start the server or run sports-ledger migrate',
      );
    }
    await installImportQueue(db.orm.em.getConnection().getKnex(), log);
    await db.actAsApp();
    const drain = new Drain();
    const services = createServices(config, log, db.orm, { drain, ...options });
    await services.queue.start();
    const worker = new QueueWorker(
      services.queue.boss,
      services.importer,
      services.db,
      config,
      log,
    );
    await worker.start();
    return {
      stop: async () => {
        await worker.stop();
        const imports = await drain.begin(config.shutdownGraceMs);
        if (imports.finished + imports.interrupted > 0) {
          log.info(imports, 'running imports ended');
        }
        await services.stopImports();
        await services.queue.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The worker's process: started, told on stdout, stopped gracefully on SIGTERM or SIGINT. */
export async function workerMain(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const running = await startWorker(config, log);
  log.info(
    { concurrency: config.importConcurrency },
    'sports-ledger worker is running import jobs',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log.info({ signal, graceSeconds: config.shutdownGraceMs / 1000 }, 'stopping');
    running.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'the stop did not complete');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
