import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from '@mikro-orm/postgresql';
import { isLoaded, loadSynthetic, SIZES } from './synthetic';

/** The last load's duration, so a run on the kept data can still report it. */
const LOAD_RECORD = path.resolve(__dirname, '../.out/query-load.json');

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Loads the synthetic country unless an earlier run left it (or `reload`), then rebuilds the
 * comparison aggregates from it.
 */
export async function prepareData(
  knex: Knex,
  database: string,
  reload: boolean,
  say: (line: string) => void,
): Promise<void> {
  if (!reload && (await isLoaded(knex))) {
    const last = readLoadRecord()[database];
    const when = last ? `; it loaded in ${last.seconds.toFixed(1)} s on ${last.at}` : '';
    say(`synthetic data: already loaded (RELOAD=1 loads it again${when})`);
  } else {
    say(
      `loading ${SIZES.facilities} facilities, ${SIZES.events} events, ${SIZES.results} results, indicators…`,
    );
    const started = Date.now();
    await loadSynthetic(knex, say);
    say(`synthetic data loaded in ${seconds(started)}`);
    const record = {
      ...readLoadRecord(),
      [database]: { seconds: (Date.now() - started) / 1000, at: new Date().toISOString() },
    };
    fs.mkdirSync(path.dirname(LOAD_RECORD), { recursive: true });
    fs.writeFileSync(LOAD_RECORD, JSON.stringify(record, null, 2));
  }
  const { rows } = await knex.raw(
    `select (select count(*) from region where level = 'DISTRICT') as districts,
       (select count(*) from facility where current) as facilities, (select count(*) from event where current) as events,
       (select count(*) from result where current) as results, (select count(*) from indicator where current) as indicators`,
  );
  say(
    `  ${Object.entries(rows[0])
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  if (process.env.REFRESH === '0') {
    say('aggregates: not refreshed (REFRESH=0)');
  } else {
    await refreshAggregates(knex, say);
  }
}

/** The importer keeps aggregate tables at commit; rows loaded directly need them rebuilt. */
async function refreshAggregates(knex: Knex, say: (line: string) => void): Promise<void> {
  let module: { refreshAggregates?: (db: Knex) => Promise<void> };
  try {
    module = await import('../../src/modules/comparison/aggregates');
  } catch (error) {
    say(
      `aggregates: NOT refreshed, src/modules/comparison/aggregates.ts does not load (${String(error).split('\n')[0]})`,
    );
    return;
  }
  if (typeof module.refreshAggregates !== 'function') {
    say(
      'aggregates: NOT refreshed, src/modules/comparison/aggregates.ts exports no refreshAggregates',
    );
    return;
  }
  const started = Date.now();
  await module.refreshAggregates(knex);
  // as autovacuum leaves them: the aggregates' pages all-visible, so their covering index is
  // read without the heap (a freshly rewritten table has every page to visit)
  await knex.raw('vacuum analyze');
  say(`aggregates refreshed in ${seconds(started)}`);
}

function readLoadRecord(): Record<string, { seconds: number; at: string }> {
  try {
    return JSON.parse(fs.readFileSync(LOAD_RECORD, 'utf8'));
  } catch {
    return {};
  }
}
