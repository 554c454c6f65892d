import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runCli } from '../support/cli';
import { startTestApp, type TestApp } from '../support/test-app';
import { importSeeds } from '../comparison/ledgers';

// The read-only SQL door for tools that speak PostgreSQL: `sports-ledger bi-user create NAME`
// makes a login that reads the views of the `bi` schema, and nothing else.

const VIEWS = [
  'facilities',
  'events',
  'results',
  'indicators',
  'competitions',
  'regions',
  'labels',
  'compare_rows',
];

let app: TestApp;
let reader: Client;
const role = `bi_test_${randomBytes(4).toString('hex')}`;

async function refusal(sql: string): Promise<string | null> {
  try {
    await reader.query(sql);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

beforeAll(async () => {
  app = await startTestApp();
  await importSeeds(app);
  const created = await runCli(['bi-user', 'create', role], app.running.db.url);
  expect({ code: created.code, stderr: created.stderr }).toEqual({ code: 0, stderr: '' });
  reader = new Client({ connectionString: created.stdout.trim() });
  await reader.connect();
}, 120_000);

afterAll(async () => {
  await reader?.end();
  // roles belong to the cluster, so the test removes its own
  await app?.sql(`drop owned by "${role}"`);
  await app?.sql(`drop role if exists "${role}"`);
  await app?.stop();
});

describe('the bi SQL door', () => {
  it('prints a connection string whose role reads every view', async () => {
    for (const view of VIEWS) {
      const { rows } = await reader.query(`select count(*)::int as n from bi.${view}`);
      expect({ view, read: rows[0].n >= 0 }).toEqual({ view, read: true });
    }
    const [owner] = await app.sql<{ n: number }>(
      'select count(*)::int as n from facility where current',
    );
    const { rows } = await reader.query('select count(*)::int as n from facilities');
    expect(rows[0].n).toBe(owner.n);
    expect(owner.n).toBeGreaterThan(0);
  });

  it('labels facts with their region and Chinese words', async () => {
    const { rows } = await reader.query(
      `select region_full_name, city_code, province_code, type, type_label from bi.facilities
       where region_code = '120102' limit 1`,
    );
    expect(rows[0]).toMatchObject({
      region_full_name: '天津市河东区',
      city_code: '120000',
      province_code: '120000',
    });
    expect(typeof rows[0].type_label).toBe('string');
  });

  it('adds compare rows up to the figures of /export', async () => {
    const response = await fetch(
      `${app.url}/export/compare.json?regions=120102,140700&metrics=results.gold,facilities.quantity`,
    );
    const expected = (await response.json()) as {
      region_code: string;
      year: number;
      metric: string;
      value: number | null;
    }[];
    expect(expected.length).toBeGreaterThan(0);
    for (const row of expected.filter((r) => r.value !== null)) {
      const { rows } = await reader.query(
        `select sum(value) as value from compare_rows
         where (region_code = $1 or city_code = $1 or province_code = $1) and year = $2 and metric = $3`,
        [row.region_code, row.year, row.metric],
      );
      expect({ ...row, value: Number(rows[0].value) }).toEqual(row);
    }
  });

  it('refuses every table, the keys among them, and leaves data as it was', async () => {
    const tables = await app.sql<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public'`,
    );
    expect(tables.map((t) => t.name)).toContain('facility');
    for (const { name } of tables) {
      expect({ name, code: await refusal(`select * from public."${name}" limit 1`) }).toEqual({
        name,
        code: '42501',
      });
    }
  });

  it('refuses writes and new objects', async () => {
    const [before] = await app.sql<{ n: number }>('select count(*)::int as n from competition');
    const writes = [
      'delete from bi.competitions',
      "update bi.competitions set name = 'x'",
      "insert into bi.competitions (name, year) values ('x', 2020)",
      'update public.facility set quantity = 0',
      'create table bi.notes (a int)',
      'create table public.notes (a int)',
    ];
    for (const sql of writes) {
      expect({ sql, code: await refusal(sql) }).toEqual({ sql, code: '42501' });
    }
    const [after] = await app.sql<{ n: number }>('select count(*)::int as n from competition');
    expect(after.n).toBe(before.n);
  });

  it('refuses a bad role name as a usage error and a taken one plainly', async () => {
    const bad = await runCli(['bi-user', 'create', 'Robert"; drop'], app.running.db.url);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a role name');
    const taken = await runCli(['bi-user', 'create', role], app.running.db.url);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('exists already');
    // two CLI processes load the whole application: slow on a loaded machine
  }, 240_000);
});
