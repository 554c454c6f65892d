import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from './db/migrations';
import { ENTITIES } from './modules';

/** Set once migrations are done: each new connection then acts as this role (db/app-role.ts). */
export interface SessionRole {
  name: string | null;
}

/** One ORM configuration for the app, the CLI and the tests. */
export function ormConfig(
  clientUrl: string,
  migrations: { snapshot?: boolean } = {},
  session: SessionRole = { name: null },
): Options {
  return defineConfig({
    clientUrl,
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
