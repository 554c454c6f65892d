import 'reflect-metadata';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { migrate } from '../../src/db/database';
import { ormLoggerFactory } from '../../src/db/orm-logger';
import { createLogger } from '../../src/logger';
import { ormConfig } from '../../src/mikro-orm.config';
import { adminQuery, templateDb, withDatabase } from './databases';
import { JsBuild } from './js-build';

/**
 * One PostgreSQL for the run: the server in DATABASE_URL, or an embedded one. A template database
 * is migrated and seeded once; each test file then gets its own copy of it. The run's JavaScript
 * (js-build.ts) is compiled once for the processes and threads the tests start.
 */
export default async function globalSetup(): Promise<void> {
  const log = createLogger('warn');
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres(path.resolve('.data/test'), log);
    (globalThis as { __embeddedPg?: typeof embedded }).__embeddedPg = embedded;
    adminUrl = embedded.url;
  }
  process.env.TEST_ADMIN_URL = adminUrl;
  process.env.TEST_RUN_ID = String(process.pid);
  process.env.TEST_JS_DIR = (await JsBuild.make(process.env.TEST_RUN_ID)).dir;
  await adminQuery(adminUrl, `drop database if exists ${templateDb()} with (force)`);
  await adminQuery(adminUrl, `create database ${templateDb()}`);
  const orm = await MikroORM.init({
    ...ormConfig(withDatabase(adminUrl, templateDb())),
    loggerFactory: ormLoggerFactory(log),
  });
  try {
    await migrate(orm, log);
  } finally {
    await orm.close(true);
  }
  // Jest copies this process's globals into each test's sandbox when it runs a file in band:
  // the registries that loading the entities left here would hold this realm's classes there.
  for (const key of ['mikro-orm-metadata', 'TypeGraphQLMetadataStorage']) {
    delete (globalThis as Record<string, unknown>)[key];
  }
}
