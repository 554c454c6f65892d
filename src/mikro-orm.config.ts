import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './db/migrations';
import { ENTITIES } from './modules';

/**
 * One ORM configuration for the app, the CLI and the tests. `statementTimeoutMs` bounds every
 * statement of the pool's connections (the API's reads); the import and rollback transactions
 * and the migrations lift it for themselves with `set local statement_timeout = 0`.
 */
export function ormConfig(
  clientUrl: string,
  migrations: { snapshot?: boolean } = {},
  statementTimeoutMs = 0,
): Options {
  return defineConfig({
    clientUrl,
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
    pool: { min: 0, max: 10 },
  });
}
