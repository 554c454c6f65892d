import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../mikro-orm.config';
import { createImporter } from '../import/importer';
import { ImportFailed } from '../modules/common/import-port';
import { loadRegions } from '../regions/region-data';
import { RegionIndex } from '../regions/region-index';
import { RETIRED_REGIONS } from '../regions/retired-regions';
import { importDeps } from '../services';
import {
  sendableError,
  type AbortJob,
  type ImportJob,
  type ThreadData,
  type ThreadMessage,
} from './thread-messages';

/**
 * An import thread: its own database handle (a small pool: one import at a time needs its
 * transaction and a statement or two beside it) and region index, and the same pipeline the
 * server would run. It takes one job at a time from the pool (import-pool.ts) and stays for the
 * next; the pool terminates it when an import runs out of time, and PostgreSQL then rolls the
 * import's transaction back with its connection.
 */
const { config, databaseUrl, sessionRole } = workerData as ThreadData;
const port = parentPort!;

// the same role and statement timeout as the server's own connections (db/app-role.ts)
const ormOptions = ormConfig(databaseUrl, {}, { name: sessionRole }, config.statementTimeoutMs);
const ready = MikroORM.init({ ...ormOptions, pool: { ...ormOptions.pool, min: 0, max: 3 } }).then(
  (orm) => {
    const regions = new RegionIndex(loadRegions(), RETIRED_REGIONS);
    return createImporter(importDeps(config, orm.em.getConnection().getKnex(), regions));
  },
);
ready.catch(() => undefined); // told to each job below

const send = (message: ThreadMessage) => port.postMessage(message);

let running: AbortController | null = null;

port.on('message', (message: ImportJob | AbortJob) => {
  if ('type' in message) {
    running?.abort();
    return;
  }
  const job = message;
  const controller = new AbortController();
  running = controller;
  ready
    .then((importer) => {
      send({ type: 'started' });
      return importer.run(
        { path: job.path, fileName: job.fileName },
        {
          ...job.options,
          signal: controller.signal,
          onBatch: (batchId) => send({ type: 'batch', batchId }),
          onProgress: (rows, sheet) => send({ type: 'progress', rows, sheet }),
          onStage: (stage) => send({ type: 'stage', stage }),
        },
      );
    })
    .finally(() => {
      running = null;
    })
    .then(
      (batchId) => send({ type: 'done', batchId }),
      (error: unknown) =>
        send(
          error instanceof ImportFailed
            ? { type: 'failed', batchId: error.batchId, error: sendableError(error.cause) }
            : { type: 'error', error: sendableError(error) },
        ),
    );
});
