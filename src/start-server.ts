import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from './config';
import { migrate, openDatabase, type Database } from './db/database';
import { createLogger, type Logger } from './logger';
import { createApp, type App } from './http/http-app';
import type { AppServices } from './context';
import { createServices, type Services } from './services';
import { installImportQueue } from './import-jobs/queue-schema';
import { QueueWorker } from './import-jobs/queue-worker';
import { batchStore } from './import/write/batch-store';
import { Drain } from './drain';
import { removeStaleTemp } from './import/read/temp-file';
import { dropExpiredContent } from './import/write/retention';
import { ensureAdminKey } from './modules/access';
import { Listener } from './db/listener';
import { DATA_VERSION_CHANNEL, type DataVersion } from './modules/comparison/data-version';
import type { SharedAnswers } from './modules/comparison/shared-answers';

export interface Running {
  url: string;
  services: AppServices;
  app: App;
  db: Database;
  /**
   * Stops in order: new requests are turned away (/readyz 503), running imports get
   * `SHUTDOWN_GRACE_S` to finish and are rolled back after it, then the HTTP server, the pool
   * and the embedded database close.
   */
  stop(): Promise<void>;
}

/**
 * Opens the database, migrates, and serves HTTP; `stop` undoes it in reverse order.
 * `compiledSrc`: a compiled copy of src/ for the import threads when this runs from TypeScript
 * (import-pool.ts); the tests make one.
 */
export async function startServer(
  config: Config,
  log: Logger,
  options: { compiledSrc?: string } = {},
): Promise<Running> {
  const db = await openDatabase(config, log);
  let housekeeping: NodeJS.Timeout | undefined;
  let listener: Listener | undefined;
  let worker: QueueWorker | null = null;
  let shared: SharedAnswers | null = null;
  try {
    await migrate(db.orm, log);
    await installImportQueue(db.orm.em.getConnection().getKnex(), log);
    if (config.auth) {
      await announceAdminKey(db, config, log);
    }
    await db.actAsApp();
    const drain = new Drain();
    const services = createServices(config, log, db.orm, { drain, ...options });
    worker = await startQueue(services);
    shared = services.answers.shared;
    listener = listenForDataChanges(db.url, services.answers.versions, log);
    await listener.start();
    if (db.replicas) {
      // a replica that goes down stops serving reads within a second, not at the next commit
      db.replicas.watch();
      log.info({ replicas: db.replicas.state() }, 'reads outside transactions go to read replicas');
    }
    // the first answers are shared when Redis is up; when it is not, start-up goes on without it
    await shared?.ready(SHARED_READY_MS);
    housekeeping = await startHousekeeping(services);
    const app = await createApp(services);
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(config.port, config.host, resolve);
    });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    return {
      url,
      services,
      app,
      db,
      stop: async () => {
        clearInterval(housekeeping);
        await worker?.stop();
        const imports = await drain.begin(config.shutdownGraceMs);
        if (imports.finished + imports.interrupted > 0) {
          log.info(imports, 'running imports ended');
        }
        await app.apollo.stop();
        await services.stopImports();
        await services.queue.stop();
        await listener?.stop();
        await shared?.close();
        await db.close();
      },
    };
  } catch (error) {
    clearInterval(housekeeping);
    await worker?.stop();
    await listener?.stop();
    await shared?.close();
    await db.close();
    throw error;
  }
}

/**
 * Starts the import queue; with IMPORT_WORKERS=inline (the default) the server works it too, so
 * `npm start` alone runs queued uploads; with `external` only `sports-ledger worker`s do.
 */
async function startQueue(services: Services): Promise<QueueWorker | null> {
  const { queue, config, db, log } = services;
  await queue.start();
  if (config.importWorkers !== 'inline') {
    return null;
  }
  const worker = new QueueWorker(queue.boss, services.importer, db, config, log);
  await worker.start();
  queue.onSent = () => worker.nudge();
  return worker;
}

const SHARED_READY_MS = 2_000;

/** The process's one listening connection, which keeps `versions` in memory (decisions §13). */
function listenForDataChanges(url: string, versions: DataVersion, log: Logger): Listener {
  return new Listener(
    url,
    DATA_VERSION_CHANNEL,
    {
      listening: () =>
        versions
          .listened()
          .catch((error: unknown) =>
            log.warn({ err: error }, 'the data version could not be read; it is read per request'),
          ),
      notified: (payload) => versions.notified(payload),
      lost: () => versions.lost(),
    },
    log,
  );
}

const HOUSEKEEPING_EVERY_MS = 3600_000;

/**
 * What a long-running server tidies, at start and then hourly: imports whose process stopped
 * beating (leases make this safe while other servers run), the temporary files killed processes
 * of this app left, and the bytes of failed and dry-run uploads past UPLOAD_RETENTION_DAYS. The timer is unref'd (it never keeps the process up); a failed round is
 * logged and tried again at the next.
 */
async function startHousekeeping(services: AppServices): Promise<NodeJS.Timeout> {
  const { config, db, log } = services;
  const round = async () => {
    const interrupted = await batchStore(db).failInterrupted(config.leaseTimeoutMs);
    if (interrupted > 0) {
      log.warn({ batches: interrupted }, 'imports whose process stopped were marked FAILED');
    }
    const temp = await removeStaleTemp();
    const dropped = await dropExpiredContent(db, config.uploadRetentionMs);
    if (temp.length > 0 || dropped.length > 0) {
      log.info(
        { tempDirs: temp, batches: dropped },
        'removed stale temporary files and expired uploads',
      );
    }
  };
  const tryRound = () =>
    round().catch((error: unknown) => log.warn({ err: error }, 'housekeeping failed'));
  await tryRound();
  const timer = setInterval(tryRound, HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return timer;
}

export { createLogger, loadConfig };

/** The first start's admin key, printed this once (decisions §10); later starts say nothing. */
async function announceAdminKey(db: Database, config: Config, log: Logger): Promise<void> {
  const made = await ensureAdminKey(db.orm.em.getConnection().getKnex(), config.dataDir);
  if (made) {
    log.warn(
      { file: made.file },
      `no API key existed, so an admin key was made; it is shown this once and kept (mode 600) in the file: ${made.key}`,
    );
  }
}
