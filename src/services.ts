import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Logger } from './logger';
import { RegionIndex } from './regions/region-index';
import { loadRegions } from './regions/region-data';
import { RETIRED_REGIONS } from './regions/retired-regions';
import type { ImportDeps } from './import/import-ledger';
import { LEDGER_SHEETS } from './modules';
import {
  observeRowsForAggregates,
  refreshChangedScopes,
} from './modules/comparison/aggregate-hook';
import { AnswerCache } from './modules/comparison/answer-cache';

/** What the process holds once: configuration, the ORM and the in-memory region index. */
export interface AppServices {
  config: Config;
  log: Logger;
  orm: MikroORM;
  regions: RegionIndex;
  /** What the importer needs: the database, the regions, the ledger kinds and the file limits. */
  importDeps: ImportDeps;
  /** Comparison answers, kept until a ledger changes the data. */
  answers: AnswerCache;
}

export function createServices(config: Config, log: Logger, orm: MikroORM): AppServices {
  const regions = new RegionIndex(loadRegions(), RETIRED_REGIONS);
  const importDeps: ImportDeps = {
    knex: orm.em.getConnection().getKnex(),
    regions,
    definitions: LEDGER_SHEETS,
    limits: { maxBytes: config.maxUploadBytes, maxInflatedBytes: config.maxInflatedBytes },
    observeRows: observeRowsForAggregates,
    onScopesChanged: refreshChangedScopes,
  };
  return { config, log, orm, regions, importDeps, answers: new AnswerCache() };
}
