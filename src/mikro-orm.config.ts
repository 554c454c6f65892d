import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './db/migrations';
import { ReadReplicaDriver } from './db/read-driver';
import { ENTITIES } from './modules';

/** Set once migrations are done: each new connection then acts as this role (db/app-role.ts). */
export interface SessionRole {
  name: string | null;
}

/**
 * One ORM configuration for the app, the CLI and the tests. `statementTimeoutMs` bounds every
 * statement of the pool's connections (the API's reads); the import and rollback transactions
 * and the migrations lift it for themselves with `set local statement_timeout = 0`.
 * `replicaUrls`: read replicas; reads outside transactions go to them (db/read-driver.ts), with
 * the same pool settings (the session role, the statement timeout) as the primary's.
 */
export function ormConfig(
  clientUrl: string,
  migrations: { snapshot?: boolean } = {},
  session: SessionRole = { name: null },
  statementTimeoutMs = 0,
  replicaUrls: string[] = [],
): Options {
  return defineConfig({
    clientUrl,
    driver: ReadReplicaDriver,
    replicas: replicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: url })),
    preferReadReplicas: true,
    driverOptions:
      statementTimeoutMs > 0 ? { connection: { statement_timeout: statementTimeoutMs } } : {},
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      path: 'src/db/migrations',
      // Written only when a migration is created, never by running migrations.
      snapshot: migrations.snapshot ?? false,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    pool: {
      min: 0,
      max: 10,
      afterCreate: (
        conn: { query(sql: string, done: (error: Error | null) => void): void },
        done: (error: Error | null, conn: unknown) => void,
      ) => {
        if (!session.name) {
          done(null, conn);
          return;
        }
        conn.query(`set role "${session.name}"`, (error) => done(error, conn));
      },
    },
  });
}
