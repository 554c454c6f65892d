import { Client } from 'pg';
import { ComparisonCompareDocument } from '../support/generated/graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import { importSeeds } from './ledgers';

// The answer cache is bounded in bytes (decisions §13): an answer larger than one entry may be is
// computed every time and never kept, and however many distinct questions are asked the kept
// answers stay within the budget. Small budgets here, so real answers from the seeds cross them.

const BUDGET_BYTES = 0.03 * 1024 * 1024;
const ENTRY_BYTES = 0.006 * 1024 * 1024;

let app: TestApp;
let counties: string[];

beforeAll(async () => {
  app = await startTestApp({ ANSWER_CACHE_MB: '0.03', ANSWER_CACHE_MAX_ENTRY_MB: '0.006' });
  await importSeeds(app);
  const rows = await app.sql<{ code: string }>(
    `select code from region where province_code = '140000' and level = 'DISTRICT' order by code`,
  );
  counties = rows.map((row) => row.code);
});

afterAll(async () => {
  await app?.stop();
});

function ask(regions: string[]) {
  return app.gql(ComparisonCompareDocument, {
    regions,
    metrics: ['facilities.count', 'facilities.investmentYuan'],
    years: [2021, 2022],
    includeDescendants: true,
    normalize: 'NONE',
  });
}

/** The statements a question costs: none when its answer was kept (the version is in memory). */
async function cost(regions: string[]): Promise<number> {
  return app.countStatements(() => ask(regions));
}

it('keeps a small answer: asked again, it costs no statement', async () => {
  await ask(['140700']);
  expect(await cost(['140700'])).toBe(0);
});

it('keeps a question asked by a JSON POST as its rows and its bytes, not as a response object too', async () => {
  const before = app.running.services.answers.usage();
  const { compare } = await ask(['140702', '140700']);
  const after = app.running.services.answers.usage();
  expect(after.entries - before.entries).toBe(2);
  expect(compare.length).toBeGreaterThan(0);
  expect(await cost(['140702', '140700'])).toBe(0);
});

it('never keeps an answer larger than ANSWER_CACHE_MAX_ENTRY_MB, and still answers it', async () => {
  const big = counties.slice(0, 60);
  const before = app.running.services.answers.usage();
  const { compare } = await ask(big);
  expect(JSON.stringify(compare).length).toBeGreaterThan(ENTRY_BYTES * 2);

  expect(await cost(big)).toBeGreaterThan(0);
  // no layer kept it: neither the rows, nor the response, nor its bytes
  expect(app.running.services.answers.usage()).toEqual(before);
  expect((await ask(big)).compare).toEqual(compare);
});

it('stays within ANSWER_CACHE_MB however many distinct questions are asked, dropping the oldest', async () => {
  const questions = counties.slice(0, 80).map((code) => [code, '140700']);
  for (const regions of questions) {
    await ask(regions);
    expect(app.running.services.answers.usage().bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  }
  const { entries } = app.running.services.answers.usage();
  // two forms keep each question (its rows, the response's bytes): far fewer than all remain
  expect(entries).toBeLessThan(questions.length * 2);
  expect(await cost(questions.at(-1)!)).toBe(0);
  expect(await cost(questions[0])).toBeGreaterThan(0);
});

it('computes a question asked by many clients at once a single time', async () => {
  const one = await app.countStatements(() => ask(counties.slice(2, 4)));
  // a fresh question, as after a commit; a lock holds its computation until all ten have asked
  const holder = new Client({ connectionString: app.running.db.url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('lock table facility, facility_agg in access exclusive mode');
  const together = app.countStatements(() =>
    Promise.all(Array.from({ length: 10 }, () => ask(counties.slice(4, 6)))),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await holder.query('rollback');
  await holder.end();
  // one computation, not ten
  const n = await together;
  expect(n).toBeLessThanOrEqual(one);
});
