import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { main as serve } from '../main';
import { loadConfig } from '../config';
import { migrate, openDatabase } from '../db/database';
import { installImportQueue } from '../import-jobs/queue-schema';
import { createLogger } from '../logger';
import { printSchemaSdl } from '../schema';

/** serve, migrate, schema and migration:create. */
export function registerDatabaseCommands(program: Command): void {
  program.command('serve').description('start the server (what npm start runs)').action(serve);

  program
    .command('migrate')
    .description(
      'apply database migrations, load the region and metric catalogs, install the import queue',
    )
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config.logLevel);
      const db = await openDatabase(config, log);
      try {
        await migrate(db.orm, log);
        await installImportQueue(db.orm.em.getConnection().getKnex(), log);
        log.info('database is up to date');
      } finally {
        await db.close();
      }
    });

  program
    .command('schema')
    .description('write the GraphQL SDL to schema/schema.graphql')
    .option('--check', 'fail when the committed file differs')
    .action(async (opts: { check?: boolean }) => {
      const file = path.resolve('schema/schema.graphql');
      const sdl = await printSchemaSdl();
      if (opts.check) {
        const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === sdl;
        if (!same) {
          throw Object.assign(new Error('schema/schema.graphql is stale: run npm run schema'), {
            exitCode: 1,
          });
        }
        return;
      }
      fs.writeFileSync(file, sdl);
    });

  program
    .command('migration:create')
    .description('(developers) create a migration from the entity changes')
    .option('--initial', 'create the initial migration')
    .action(async (opts: { initial?: boolean }) => {
      const config = loadConfig();
      const db = await openDatabase(config, createLogger(config.logLevel), { snapshot: true });
      try {
        const migrator = db.orm.getMigrator();
        const result = opts.initial
          ? await migrator.createInitialMigration()
          : await migrator.createMigration();
        process.stdout.write(`${result.fileName || 'no changes'}\n`);
      } finally {
        await db.close();
      }
    });
}
