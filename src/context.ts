import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from './services';

/** One per request: its own EntityManager fork (so the identity map and loaders are per request). */
export interface Context {
  em: EntityManager;
  services: AppServices;
}

export function createContext(services: AppServices): Context {
  return { em: services.orm.em.fork() as EntityManager, services };
}
