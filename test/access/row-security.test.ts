import type { Knex } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../support/test-app';

// The backstop behind the keys (decisions §11): whatever the application checks, the database
// itself lets the server's role write facts only in the region set for the transaction.

let app: TestApp;
let db: Knex;

beforeAll(async () => {
  app = await startTestApp();
  db = app.running.services.db;
});

afterAll(async () => {
  await app?.stop();
});

/** Inserts one facility row in `regionCode` as the server does, with `scope` set (or none). */
function insertFacility(regionCode: string, scope: string | null): Promise<unknown> {
  return db.transaction(async (trx) => {
    if (scope !== null) {
      await trx.raw(`select set_config('sports_ledger.write_regions', ?, true)`, [scope]);
    }
    const [batch] = (await trx.raw(`select id from import_batch order by id limit 1`)).rows;
    await trx.raw(
      `insert into facility (batch_id, sheet, "row", region_code, scope_region_code, year, name, type)
       values (?, 'x', 1, ?, ?, 2022, 'test', 'OTHER')`,
      [batch?.id ?? 0, regionCode, regionCode],
    );
  });
}

it('runs the server as a role that is no superuser, owns no fact table and cannot bypass RLS', async () => {
  const [role] = (
    await db.raw(
      `select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    )
  ).rows;
  const [owner] = (await db.raw(`select tableowner from pg_tables where tablename = 'facility'`))
    .rows;

  expect(role).toEqual({ name: 'sports_ledger_app', rolsuper: false, rolbypassrls: false });
  expect(owner.tableowner).not.toBe('sports_ledger_app');
});

it("refuses, as the server's role, a row of 140700 in a transaction scoped to 120102's subtree", async () => {
  await expect(insertFacility('140700', ',120102,')).rejects.toThrow(/row-level security/);
  await expect(insertFacility('120102', ',120102,')).resolves.toBeUndefined();
  expect(await app.sql(`select region_code from facility`)).toEqual([{ region_code: '120102' }]);
});

it('refuses any fact row in a transaction that set no scope, and takes any under the * marker', async () => {
  await expect(insertFacility('120102', null)).rejects.toThrow(/row-level security/);
  await expect(insertFacility('140700', '*')).resolves.toBeUndefined();
});

it('does not let a code match inside a longer one (1201 is not 120102)', async () => {
  await expect(insertFacility('120102', ',1201,')).rejects.toThrow(/row-level security/);
});

it('lets everyone read every row: the policies guard writes only', async () => {
  const rows = await db.raw(`select count(*)::int as n from facility`);
  expect(rows.rows[0].n).toBe(2);
});

it("lets the server's role refresh the fact tables' statistics, and nothing else's", async () => {
  const analysed = async () =>
    Object.fromEntries(
      (
        await app.sql<{ relname: string; last_analyze: Date | null }>(
          `select relname, last_analyze from pg_stat_user_tables where relname in ('facility', 'api_key')`,
        )
      ).map((row) => [row.relname, row.last_analyze]),
    );
  const before = await analysed();
  // plain ANALYZE is the owner's: PostgreSQL skips the table with a warning
  await db.raw('analyze facility');
  expect((await analysed()).facility).toEqual(before.facility);
  await db.raw(`select sports_ledger_analyze_facts(array['facility', 'api_key'])`);
  const after = await analysed();
  expect(after.facility).not.toBeNull();
  expect(after.facility).not.toEqual(before.facility);
  expect(after.api_key).toEqual(before.api_key);
});
