import type { MikroORM } from '@mikro-orm/postgresql';
import type { SessionRole } from '../mikro-orm.config';
import type { ReadReplicaDriver } from './read-driver';
import { APP_ROLE } from './migrations/Migration20261207170000';

/**
 * decisions §11: migrations run as the owner; the server then acts as a role that owns nothing
 * and is no superuser, so the row-level policies bind it (they bind neither the owner nor a
 * superuser). When the URL logs in as neither (a deployment that migrates with another login),
 * the login is already such a role and nothing changes. The pool is emptied so no connection
 * made for the migrations stays in it; the read replicas' pools too, which act as the same role
 * (a standby has the primary's roles).
 */
export async function actAsAppRole(orm: MikroORM, session: SessionRole): Promise<string | null> {
  const knex = orm.em.getConnection().getKnex();
  const { rows } = await knex.raw(
    `select r.rolsuper or pg_has_role(current_user, t.tableowner, 'USAGE') as privileged,
       exists (select 1 from pg_roles where rolname = ?) as role_exists
     from pg_roles r, pg_tables t
     where r.rolname = current_user and t.schemaname = current_schema() and t.tablename = 'event'`,
    [APP_ROLE],
  );
  if (!rows[0]?.privileged || !rows[0].role_exists) {
    return null;
  }
  session.name = APP_ROLE;
  for (const pool of [knex, ...(orm.em.getDriver() as ReadReplicaDriver).replicaKnexes()]) {
    await pool.destroy();
    pool.initialize();
  }
  return APP_ROLE;
}
