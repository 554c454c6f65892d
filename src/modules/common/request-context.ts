import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { RegionIndex } from '../../regions/region-index';
import type { Caller, RequestAuth } from './access';
import type { ImportJobs, Importer } from './import-port';
import type { Lang } from './messages/lang';

/** Keeps answers until the data changes; the comparison feature owns the implementation. */
export interface AnswerStore {
  /** `request` (the context's `res`) lets every layer of one request share one version read. */
  get<T>(
    question: string,
    args: unknown,
    compute: () => Promise<T>,
    request?: RequestContext['res'],
  ): Promise<T>;
}

/** What features may use of the process: the database, the regions, the importer, answers. */
export interface FeatureServices {
  /**
   * The primary database (knex of the ORM's pool): writes, and reads that must see a commit just
   * made (an import's batch, keys). Request code reads through `em` where it can.
   */
  db: Knex;
  /**
   * Where a read outside a transaction goes: a read replica that has replayed the data version
   * answers are kept under, or the primary when there is none (db/read-driver.ts). Asked per
   * statement, so that a replica taken out is left at once.
   */
  reads(): Knex;
  regions: RegionIndex;
  importer: Importer;
  /** The import queue: uploads answered at once, run by a worker (docs/scaling.md). */
  jobs: ImportJobs;
  answers: AnswerStore;
  config: { maxUploadBytes: number };
  /** Where the stack of an unexpected failure goes (never to the client). */
  log: { error(details: object, message: string): void };
}

/** One per request: its own EntityManager fork (so the identity map and loaders are per request). */
export interface RequestContext {
  em: EntityManager;
  services: FeatureServices;
  /** The HTTP response, for what the transport layer may do with the answer (caching it). */
  res: { locals: Record<string, unknown> };
  /** The reader's language (Accept-Language), for messages a clerk reads. */
  lang: Lang;
  /** Who is asking (the key, looked up when an operation needs it); read by the authChecker. */
  auth: RequestAuth;
  /** The caller the authChecker admitted, for the write's scope; set by it, never by resolvers. */
  caller?: Caller;
}
