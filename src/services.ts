import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { AppServices, Readiness } from './context';
import { migrationsApplied } from './db/database';
import type { ReadReplicaDriver } from './db/read-driver';
import { Drain } from './drain';
import { createImporter } from './import/importer';
import type { ImportDeps } from './import/import-deps';
import type { InspectLimits } from './import/read/inspect-file';
import { batchStore } from './import/write/batch-store';
import { ImportPool } from './import-threads/import-pool';
import type { Logger } from './logger';
import { LEDGER_SHEETS } from './modules';
import type { ImportJobs, Importer } from './modules/common/import-port';
import { ImportQueue } from './import-jobs/import-queue';
import { AnswerCache } from './modules/comparison/answer-cache';
import { RedisAnswers } from './db/redis-answers';
import { DataVersion } from './modules/comparison/data-version';
import { observeRowsForAggregates, scopesChangedHook } from './modules/comparison/aggregate-hook';
import { loadRegions } from './regions/region-data';
import { RegionIndex } from './regions/region-index';
import { RETIRED_REGIONS } from './regions/retired-regions';

/** The adapters' services, and the import queue the process starts (server or worker). */
export type Services = AppServices & { queue: ImportQueue };

/**
 * The one place the parts are joined: the pipeline gets the database, the regions, the ledger
 * kinds from the registry and the hooks the comparison feature implements; adapters get the port.
 */
export function createServices(
  config: Config,
  log: Logger,
  orm: MikroORM,
  options: { drain?: Drain; inProcess?: boolean; compiledSrc?: string } = {},
): Services {
  const drain = options.drain ?? new Drain();
  const db = orm.em.getConnection().getKnex();
  const regions = new RegionIndex(loadRegions(), RETIRED_REGIONS);
  const inProcess = createImporter(importDeps(config, db, regions));
  // The server runs imports in worker threads, so that reading and checking a workbook never
  // holds up its answers; the CLI has nothing else to answer and runs them in its own thread.
  const pool = options.inProcess
    ? null
    : new ImportPool(
        config,
        String(orm.config.get('clientUrl')),
        inProcess,
        batchStore(db),
        log,
        // the threads act as the role the server's own connections act as (row-level security)
        async () => (await db.raw('select current_user as role')).rows[0]?.role ?? null,
        options.compiledSrc,
      );
  const replicas = (orm.em.getDriver() as ReadReplicaDriver).replicaSet();
  const versions = new DataVersion(db, replicas && ((version) => replicas.replayed(version)));
  // every transport's imports are counted and told when the process stops (drain.ts)
  const importer = seeingOwnWrites(drain.track(pool ?? inProcess), versions, replicas !== null);
  const queue = new ImportQueue(config, db, log);
  return {
    queue,
    jobs: seeingQueuedWrites(queue, versions),
    stopImports: () => pool?.stop() ?? Promise.resolve(),
    importLoad: () =>
      pool ? { ...pool.load, threads: pool.threads } : { running: 0, waiting: 0, threads: 0 },
    config,
    log,
    orm,
    db,
    reads: () => orm.em.getConnection('read').getKnex(),
    regions,
    importer,
    answers: new AnswerCache(
      versions,
      { maxBytes: config.answerCacheBytes, maxEntryBytes: config.answerCacheMaxEntryBytes },
      // one Redis for every API process, so any of them answers from what one computed (the
      // CLI answers no question and would only be kept running by the connection)
      config.redis && !options.inProcess ? new RedisAnswers(config.redis, log) : null,
    ),
    definitions: LEDGER_SHEETS,
    ready: async () => {
      const ready = await readiness(orm);
      return drain.draining ? { ...ready, ok: false, draining: true } : ready;
    },
    draining: () => drain.draining,
  };
}

/** How long an import's answer waits for the read replicas to replay it (usually milliseconds). */
const REPLAY_WAIT_MS = 1_000;

/**
 * Once an import or a rollback of this process ends, the data version it may have changed is
 * read at once: the caller's next question is answered from the new data, not from what was kept
 * until the notification arrives (which a second server waits for). With read replicas the new
 * version is published once they have replayed it; the answer waits for that a moment, not for a
 * replica that lags (the batch itself is read from the primary).
 */
function seeingOwnWrites(importer: Importer, versions: DataVersion, replicas: boolean): Importer {
  const refreshed = () => {
    const refresh = versions.refresh();
    if (!replicas) {
      return refresh;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, REPLAY_WAIT_MS)));
    return Promise.race([refresh, late]).finally(() => clearTimeout(timer));
  };
  const after = async <T>(write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      await refreshed();
    }
  };
  return {
    run: (file, options) => after(importer.run(file, options)),
    rollback: (batchId, scope) => after(importer.rollback(batchId, scope)),
  };
}

/** A synchronous upload run by a worker elsewhere changed data too: read its version once it ends. */
function seeingQueuedWrites(queue: ImportQueue, versions: DataVersion): ImportJobs {
  return {
    external: queue.external,
    enqueue: (file, options) => queue.enqueue(file, options),
    depth: () => queue.depth(),
    settled: async (batchId) => {
      await queue.settled(batchId);
      await versions.refresh();
    },
  };
}

/** What the pipeline is given, in the server's thread or in an import thread. */
export function importDeps(config: Config, db: Knex, regions: RegionIndex): ImportDeps {
  return {
    db,
    regions,
    definitions: LEDGER_SHEETS,
    limits: importLimits(config),
    leaseTimeoutMs: config.leaseTimeoutMs,
    observeRows: observeRowsForAggregates,
    onScopesChanged: scopesChangedHook(regions),
  };
}

/** The zip and size limits every import is read under, from the config. */
export function importLimits(config: Config): InspectLimits {
  return {
    maxBytes: config.maxUploadBytes,
    maxInflatedBytes: config.maxInflatedBytes,
    maxPartBytes: config.maxPartBytes,
  };
}

async function readiness(orm: MikroORM): Promise<Readiness> {
  try {
    await orm.em.getConnection().execute('select 1');
  } catch {
    return { ok: false, database: 'unreachable', migrations: 'unknown' };
  }
  const applied = await migrationsApplied(orm).catch(() => false);
  return { ok: applied, database: 'ok', migrations: applied ? 'applied' : 'pending' };
}
