import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ormConfig, type SessionRole } from '../mikro-orm.config';
import { actAsAppRole } from './app-role';
import { startEmbeddedPostgres } from './embedded';
import { ormLoggerFactory } from './orm-logger';
import type { ReadReplicaDriver } from './read-driver';
import type { Replicas } from './replicas';
import { seedReferenceData } from './seed';

export interface Database {
  orm: MikroORM;
  url: string;
  embedded: boolean;
  /** The read replicas (`DATABASE_REPLICA_URLS`), or null when every statement goes to `url`. */
  replicas: Replicas | null;
  /** From now on every connection acts as the app role, when this login may (db/app-role.ts). */
  actAsApp(): Promise<string | null>;
  close(): Promise<void>;
}

/** Connects to `DATABASE_URL`, or to an embedded PostgreSQL under `DATA_DIR` when it is unset. */
export async function openDatabase(
  config: Config,
  log: Logger,
  migrations: { snapshot?: boolean } = {},
): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const session: SessionRole = { name: null };
    const orm = await MikroORM.init({
      ...ormConfig(url, migrations, session, config.statementTimeoutMs, config.replicaUrls),
      loggerFactory: ormLoggerFactory(log),
    });
    const replicas = (orm.em.getDriver() as ReadReplicaDriver).useReplicas(
      config.replicaMaxLagMs,
      log,
    );
    return {
      orm,
      url,
      embedded: embedded !== null,
      replicas,
      actAsApp: () => actAsAppRole(orm, session),
      close: async () => {
        replicas?.stop();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Lifts the pool's statement timeout for the rest of the transaction it runs in. */
export const LIFT_STATEMENT_TIMEOUT = 'set local statement_timeout = 0';

/** Applies pending migrations and makes sure the region and metric catalogs are loaded. */
export async function migrate(orm: MikroORM, log: Logger): Promise<void> {
  // a migration's backfill may run longer than an API read is allowed to
  const connection = orm.em.getConnection();
  const applied = await connection.transactional(async (trx) => {
    await connection.execute(LIFT_STATEMENT_TIMEOUT, [], 'run', trx);
    return orm.getMigrator().up({ transaction: trx });
  });
  if (applied.length > 0) {
    log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  }
  await seedReferenceData(orm, log);
}

/** True when every known migration has been applied. */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.length === 0;
}
