import { startTestApp, type TestApp } from '../support/test-app';
import { ComparisonFacilitySummaryDocument } from '../support/generated/graphql';
import { waitFor } from '../support/wait-for';
import { DataVersion } from '../../src/modules/comparison/data-version';
import {
  importLedgers,
  JIEXIU_FACILITIES_2021,
  QIXIAN_FACILITIES_2021,
  TAIGU_FACILITIES_2021,
} from './ledgers';

// The data version lives in memory, refreshed by LISTEN/NOTIFY (decisions §13): a kept answer
// costs no statement, a commit through one server reaches a second sharing the database, the
// committing server sees its own commit at once, and a lost listening connection falls back to
// reading the version per request until it listens again.

const JINZHONG = '140700';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await startTestApp();
  // the same database and the first's admin key (DATA_DIR holds it)
  second = await startTestApp({ DATABASE_URL: first.running.db.url, DATA_DIR: first.dataDir });
  await Promise.all([listening(first), listening(second)]);
});

afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

/** Resolves once the app trusts its in-memory version (its listener is listening). */
const listening = (app: TestApp) =>
  waitFor('the listener', async () => app.running.services.answers.versions.live || null, 10_000);

/** 晋中市's facility count in 2021, its counties' rows added in. */
async function jinzhongCount(app: TestApp): Promise<number> {
  const { facilitySummary } = await app.gql(ComparisonFacilitySummaryDocument, {
    filter: { regions: [JINZHONG], years: [2021] },
    groupBy: ['REGION'],
    rollupTo: 'CITY',
  });
  return facilitySummary.find((g) => g.region?.code === JINZHONG)?.count ?? 0;
}

/** Polls until `app` answers `count`; the milliseconds it took. */
async function answersWithin(app: TestApp, count: number): Promise<number> {
  const started = Date.now();
  await waitFor(
    `${count} facilities`,
    async () => (await jinzhongCount(app)) === count || null,
    5_000,
  );
  return Date.now() - started;
}

/** The listening connections on this test's database (one per app). */
async function listeners(app: TestApp): Promise<number[]> {
  const rows = await app.sql<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and application_name = 'listener'`,
  );
  return rows.map((r) => r.pid);
}

it('answers a repeated question with no statement at all, the version included', async () => {
  await jinzhongCount(first);
  expect(await first.countStatements(() => jinzhongCount(first))).toBe(0);
});

it('sees its own commit at once, and a second server sharing the database sees it within a short wait', async () => {
  const before = await jinzhongCount(first);
  expect(await jinzhongCount(second)).toBe(before);

  await importLedgers(first, [QIXIAN_FACILITIES_2021]);

  expect(await jinzhongCount(first)).toBe(before + 2);

  expect(await answersWithin(second, before + 2)).toBeLessThan(2_000);
  // the second's new answer is kept again: asked twice, it costs nothing
  expect(await second.countStatements(() => jinzhongCount(second))).toBe(0);
});

it('hears a change of data_version made behind the servers (an operator, a script)', async () => {
  await jinzhongCount(second);
  await first.sql('update data_version set version = version + 1 where id = 1');
  await waitFor(
    'the recomputed answer',
    async () => (await second.countStatements(() => jinzhongCount(second))) > 0 || null,
    5_000,
  );
});

it('checks a kept answer against the table only while it does not listen', async () => {
  const knex = first.running.db.orm.em.getConnection().getKnex();
  const versions = new DataVersion(knex);
  const statements = (fn: () => Promise<unknown>) => first.countStatements(fn);

  expect(await statements(() => versions.current())).toBe(1);
  await versions.listened();
  expect(await statements(() => versions.current())).toBe(0);
  versions.notified('999');
  expect(await versions.current()).toBe('999');
  versions.lost();
  expect(await statements(() => versions.current())).toBe(1);
});

it('answers correctly after its listening connections are killed, and listens again', async () => {
  const killed = await listeners(first);
  const count = await jinzhongCount(first);

  await first.sql('select pg_terminate_backend(pid) from unnest(?::int[]) as pid', [killed]);
  // a commit through the second server while (or just after) neither listens
  await importLedgers(second, [JIEXIU_FACILITIES_2021]);
  expect(await answersWithin(first, count + 2)).toBeLessThan(2_000);

  await Promise.all([listening(first), listening(second)]);
  const now = await listeners(first);
  expect(now).toHaveLength(2);
  expect(now.filter((pid) => killed.includes(pid))).toEqual([]);
  await importLedgers(second, [TAIGU_FACILITIES_2021]);
  expect(await answersWithin(first, count + 3)).toBeLessThan(2_000);
  expect(await first.countStatements(() => jinzhongCount(first))).toBe(0);
});
