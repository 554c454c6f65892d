import type { Command } from 'commander';
import { loadConfig } from '../config';
import { createBiUser } from '../db/bi-access';
import { openDatabase } from '../db/database';
import { createLogger } from '../logger';

/** `sports-ledger bi-user create NAME`: a PostgreSQL login for BI tools, read-only on `bi`. */
export function registerBiUserCommand(program: Command): void {
  const biUser = program
    .command('bi-user')
    .description('PostgreSQL logins for BI tools, which read the views of the bi schema only');
  biUser
    .command('create')
    .argument('<name>', 'role name: lower-case letters, digits and _')
    .description('create a login and print its connection string (the password is shown once)')
    .action(async (name: string) => {
      const config = loadConfig();
      const db = await openDatabase(config, createLogger('warn'));
      try {
        const knex = db.orm.em.getConnection().getKnex();
        process.stdout.write(`${await createBiUser(knex, db.url, name)}\n`);
      } finally {
        await db.close();
      }
    });
}
