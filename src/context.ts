import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from './modules/region/region.entity';
import type { AppServices } from './services';

/** Per-request loaders for natural-key lookups (rows of aggregates name their region by code). */
export interface Loaders {
  region: DataLoader<string, Region | null>;
}

/** One per request: its own EntityManager fork (so the identity map and loaders are per request). */
export interface Context {
  em: EntityManager;
  services: AppServices;
  loaders: Loaders;
}

export function createContext(services: AppServices): Context {
  const em = services.orm.em.fork() as EntityManager;
  return { em, services, loaders: { region: regionLoader(em) } };
}

function regionLoader(em: EntityManager): DataLoader<string, Region | null> {
  return new DataLoader(async (codes) => {
    const found = await em.find(Region, { code: { $in: [...codes] } });
    const byCode = new Map(found.map((r) => [r.code, r]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}
