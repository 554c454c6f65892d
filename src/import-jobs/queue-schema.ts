import type { Knex } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { APP_ROLE } from '../db/migrations/Migration20261207170000';
import type { Logger } from '../logger';
import { knexExecutor } from './pg-executor';

/** The queue's schema and the one queue in it. */
export const QUEUE_SCHEMA = 'pgboss';
export const IMPORT_QUEUE = 'import';

/**
 * Installs (or upgrades) pg-boss's own schema and the import queue, as the owner that runs the
 * migrations, before the process acts as the app role (decisions §11): the app role owns
 * nothing, so it could neither create the schema nor the queue's partition. It is then granted
 * what working the queue needs: reading and writing the queue's rows, never changing its shape.
 * A login that may not (one that is already a plain role) leaves this to the one that migrates.
 */
export async function installImportQueue(knex: Knex, log: Logger): Promise<void> {
  const { rows } = await knex.raw(
    `select has_database_privilege(current_user, current_database(), 'CREATE') as may,
       exists (select 1 from pg_roles where rolname = ?) as app_role`,
    [APP_ROLE],
  );
  if (!rows[0]?.may) {
    log.debug('the queue is installed by the login that migrates');
    return;
  }
  const boss = new PgBoss({
    db: knexExecutor(knex),
    schema: QUEUE_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    if (!(await boss.getQueue(IMPORT_QUEUE))) {
      // two processes starting at once: the second one's create fails, and the queue is there
      await boss.createQueue(IMPORT_QUEUE).catch(async (error: unknown) => {
        if (!(await boss.getQueue(IMPORT_QUEUE))) {
          throw error;
        }
      });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (rows[0].app_role) {
    await knex.raw(`grant usage on schema ${QUEUE_SCHEMA} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${QUEUE_SCHEMA} to ${APP_ROLE};
      grant usage, select on all sequences in schema ${QUEUE_SCHEMA} to ${APP_ROLE};`);
  }
}
