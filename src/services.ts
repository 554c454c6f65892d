import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Logger } from './logger';
import { RegionIndex } from './modules/region/region-index';
import { loadRegions } from './modules/region/region-data';
import { RETIRED_REGIONS } from './modules/region/retired-regions';

/** What the process holds once: configuration, the ORM and the in-memory region index. */
export interface AppServices {
  config: Config;
  log: Logger;
  orm: MikroORM;
  regions: RegionIndex;
}

export function createServices(config: Config, log: Logger, orm: MikroORM): AppServices {
  return { config, log, orm, regions: new RegionIndex(loadRegions(), RETIRED_REGIONS) };
}
