import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { Logger } from './logger';
import type { RequestAuth } from './modules/common/access';
import type { SheetDefinition } from './modules/common/sheet-definition';
import type { FeatureServices, RequestContext } from './modules/common/request-context';
import type { AnswerCache } from './modules/comparison/answer-cache';
import { DEFAULT_LANG, type Lang } from './modules/common/messages/lang';

/** What the process holds once (built by `services.ts`), as the adapters see it. */
export interface AppServices extends FeatureServices {
  config: Config;
  log: Logger;
  orm: MikroORM;
  answers: AnswerCache;
  /** The ledger kinds, from the registry (templates are built from them). */
  definitions: readonly SheetDefinition[];
  /** Stops the import threads (an import still running is marked INTERRUPTED on the next start). */
  stopImports(): Promise<void>;
  /** Imports running in the threads and waiting for one now, and the threads alive. */
  importLoad(): { running: number; waiting: number; threads: number };
  /** Whether the database answers and every migration is applied (`/readyz`). */
  ready(): Promise<Readiness>;
  /** True once the process is stopping: new requests are turned away. */
  draining(): boolean;
}

export interface Readiness {
  ok: boolean;
  /** Present while the process is stopping (then `ok` is false). */
  draining?: true;
  database: 'ok' | 'unreachable';
  migrations: 'applied' | 'pending' | 'unknown';
}

/**
 * One per request: its own EntityManager fork (so the identity map and loaders are per request),
 * made when the request first uses it: the lists and the comparison questions read plain rows and
 * never do, and a fork is a tenth of a small question's own CPU time.
 */
export function createContext(
  services: AppServices,
  res: RequestContext['res'] = { locals: {} },
  lang: Lang = DEFAULT_LANG,
): RequestContext {
  const auth = res.locals.auth as RequestAuth;
  let em: EntityManager | undefined;
  // on the prototype: Apollo copies the context's own properties for each operation, which would
  // call an own getter and fork at once
  const lazy = Object.create(null, {
    em: {
      get: () => {
        em ??= services.orm.em.fork() as EntityManager;
        return em;
      },
    },
  }) as Pick<RequestContext, 'em'>;
  return Object.assign(Object.create(lazy) as RequestContext, { services, res, lang, auth });
}
