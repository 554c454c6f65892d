import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';

// The read-only door of Migration20261207173000: LOGIN roles in the group `sports_ledger_bi`,
// which may read the views of the `bi` schema and nothing else.

export const BI_GROUP = 'sports_ledger_bi';

/** A role name PostgreSQL takes without quoting: lower case, digits and _, at most 63. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class BiUserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * Creates a LOGIN role that reads the `bi` views and returns the connection string that logs in
 * as it (its password appears nowhere else). A bad name is a usage error (exit 2); a role that
 * exists already, or a database without the `bi` schema, is refused (exit 1).
 */
export async function createBiUser(knex: Knex, databaseUrl: string, name: string): Promise<string> {
  if (!ROLE_NAME.test(name)) {
    throw new BiUserError(
      `"${name}" is not a role name: use lower-case letters, digits and _, starting with a letter`,
      2,
    );
  }
  const group = await knex.raw('select 1 from pg_roles where rolname = ?', [BI_GROUP]);
  if (group.rows.length === 0) {
    throw new BiUserError(`the ${BI_GROUP} role is missing: run sports-ledger migrate first`, 1);
  }
  const taken = await knex.raw('select 1 from pg_roles where rolname = ?', [name]);
  if (taken.rows.length > 0) {
    throw new BiUserError(`a database role named "${name}" exists already`, 1);
  }
  const password = randomBytes(18).toString('base64url');
  // CREATE ROLE takes no bind parameters; the name is checked above, the password is base64url.
  await knex.raw(
    `create role "${name}" login password '${password}' in role "${BI_GROUP}" nocreatedb nocreaterole`,
  );
  // The role looks in `bi` first, so `select * from facilities` finds the view.
  await knex.raw(`alter role "${name}" set search_path = bi`);
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = password;
  url.searchParams.delete('options');
  return url.toString();
}
