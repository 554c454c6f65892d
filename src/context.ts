import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from './services';

/** One per request: its own EntityManager fork (so the identity map and loaders are per request). */
export interface Context {
  em: EntityManager;
  services: AppServices;
  /** The HTTP response, for what the transport layer may do with the answer (caching it). */
  res: { locals: Record<string, unknown> };
}

export function createContext(
  services: AppServices,
  res: Context['res'] = { locals: {} },
): Context {
  return { em: services.orm.em.fork() as EntityManager, services, res };
}
