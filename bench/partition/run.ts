import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { databaseOn } from '../query/database';
import { seeded } from '../query/variants';

/**
 * bench/partition: does partitioning the fact tables by year pay (decisions §19)? Builds two
 * copies of a facility-like table with the same rows — one plain, one partitioned by year — with
 * the indexes the app keeps, then asks both the statements the app runs, alternating, and prints
 * median and p95 milliseconds side by side.
 *
 *   DATABASE_URL   the server (required); the bench uses its own database on it
 *   ROWS=10000000  rows in each copy, over YEARS years and every district
 *   YEARS=10       years 2015… ; CURRENT=0.4 the share of each ledger current (the rest history)
 *   ROUNDS=200     asks of each statement on each copy; RELOAD=1 rebuilds the copies
 *
 * Rows lie as imports write them: a year's ledgers one after another, each district's rows
 * together, and the tail of each (its latest import) current.
 */
const DATABASE = 'sports_ledger_partition_bench';
const ROWS = Number(process.env.ROWS ?? 10_000_000);
const YEARS = Number(process.env.YEARS ?? 10);
const CURRENT = Number(process.env.CURRENT ?? 0.4);
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const FIRST_YEAR = 2015;
const DISTRICTS = 2847;

const say = (line: string) => process.stdout.write(`${line}\n`);

const COLUMNS = `id bigint not null, batch_id int not null, region_code varchar(6) not null,
  scope_region_code varchar(6) not null, year int not null, current boolean not null,
  name text not null, type text not null, investment_yuan float8, area_m2 float8`;

/** The indexes the app keeps on a fact table (migrations 20261208100000 and 20261208110000). */
const INDEXES = [
  '(region_code, id) where current',
  '(region_code, year, id) where current',
  '(type, year) where current',
  '(scope_region_code, year, region_code)',
];

async function load(db: Client): Promise<void> {
  await db.query('drop table if exists plain_facility, part_facility');
  await db.query(`create table plain_facility (${COLUMNS}, primary key (id))`);
  await db.query(
    `create table part_facility (${COLUMNS}, primary key (id, year)) partition by range (year)`,
  );
  for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y += 1) {
    await db.query(
      `create table part_facility_${y} partition of part_facility for values from (${y}) to (${y + 1})`,
    );
  }
  const started = performance.now();
  // Rows in the order imports write them: year after year, each district's ledger contiguous
  // (districts in no geographic order), the ledger's latest import (its tail) current.
  const perYear = Math.ceil(ROWS / YEARS);
  const ledger = Math.ceil(perYear / DISTRICTS);
  await db.query(`insert into plain_facility
    select g, g / ${ledger}, d, d, ${FIRST_YEAR} + g / ${perYear},
      (g % ${perYear}) % ${ledger} >= ${Math.floor(ledger * (1 - CURRENT))},
      '设施' || g, (array['FITNESS_GARDEN','FITNESS_TRAIL','BASKETBALL_COURT','STADIUM','OTHER'])[1 + g % 5],
      case when g % 10 = 0 then null else (g % 100000) * 10.0 end, (g % 5000) * 1.5
    from (select g, lpad(((11 + k % 31) * 10000 + k + 100)::text, 6, '0') d
      from (select g, ((g % ${perYear}) / ${ledger} * 1237) % ${DISTRICTS} k
        from generate_series(0, ${ROWS - 1}) g) s) s`);
  await db.query('insert into part_facility select * from plain_facility');
  say(`  loaded ${ROWS.toLocaleString('en')} rows twice in ${secs(started)}`);
  const indexed = performance.now();
  for (const table of ['plain_facility', 'part_facility']) {
    for (const [i, columns] of INDEXES.entries()) {
      await db.query(`create index ${table}_i${i} on ${table} ${columns}`);
    }
    await db.query(`vacuum analyze ${table}`);
  }
  say(`  indexed and analysed in ${secs(indexed)}`);
}

interface Question {
  name: string;
  rounds: number;
  /** The statements of one ask on `table`, with arguments drawn for this round. */
  ask(table: string, draw: () => number): { sql: string; params: unknown[] }[];
}

const district = (draw: () => number) => {
  const i = Math.floor(draw() * DISTRICTS);
  return String((11 + (i % 31)) * 10000 + i + 100).padStart(6, '0');
};
const year = (draw: () => number) => FIRST_YEAR + Math.floor(draw() * YEARS);

const QUESTIONS: Question[] = [
  {
    name: 'a district’s current rows, page 1',
    rounds: ROUNDS,
    ask: (t, r) => [
      {
        sql: `select * from ${t} where region_code = $1 and current order by id limit 21`,
        params: [district(r)],
      },
    ],
  },
  {
    name: 'a district’s totals in one year',
    rounds: ROUNDS,
    ask: (t, r) => [
      {
        sql: `select count(*), sum(investment_yuan) from ${t} where region_code = $1 and year = $2 and current`,
        params: [district(r), year(r)],
      },
    ],
  },
  {
    name: 'one year’s totals per province and type',
    rounds: Math.max(3, Math.round(ROUNDS / 20)),
    ask: (t, r) => [
      {
        sql: `select left(region_code, 2), type, count(*), sum(investment_yuan) from ${t} where year = $1 and current group by 1, 2`,
        params: [year(r)],
      },
    ],
  },
  {
    name: 'replace a ledger’s scope (rolled back)',
    rounds: ROUNDS,
    ask: (t, r) => {
      const [d, y] = [district(r), year(r)];
      return [
        { sql: 'begin', params: [] },
        {
          sql: `update ${t} set current = false where scope_region_code = $1 and year = $2 and current`,
          params: [d, y],
        },
        { sql: 'rollback', params: [] },
      ];
    },
  },
  {
    name: 'purge a year of history (rolled back)',
    rounds: 3,
    ask: (t, r) => {
      const y = year(r);
      const purge =
        t === 'part_facility'
          ? `alter table part_facility detach partition part_facility_${y}; drop table part_facility_${y}`
          : `delete from plain_facility where year = ${y}`;
      return [
        { sql: 'begin', params: [] },
        { sql: purge, params: [] },
        { sql: 'rollback', params: [] },
      ];
    },
  },
];

async function measure(
  db: Client,
  question: Question,
  table: string,
  seed: number,
): Promise<number> {
  const draw = seeded(seed);
  const started = performance.now();
  for (const statement of question.ask(table, draw)) {
    await db.query(statement.sql, statement.params);
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'bench:partition needs DATABASE_URL (a PostgreSQL server it may create a database on)',
    );
  }
  const db = new Client({
    connectionString: await databaseOn(process.env.DATABASE_URL, DATABASE, false),
  });
  await db.connect();
  try {
    const loaded = await db.query(
      `select count(*)::bigint n from pg_class where relname = 'part_facility'`,
    );
    const rows =
      loaded.rows[0].n === '0'
        ? 0
        : Number((await db.query('select count(*) n from plain_facility')).rows[0].n);
    if (process.env.RELOAD === '1' || rows !== ROWS) {
      say(`loading ${ROWS.toLocaleString('en')} rows over ${YEARS} years into ${DATABASE}`);
      await load(db);
    }
    await db.query('set max_parallel_workers_per_gather = 0');
    say(`\n${await sizes(db)}\n`);
    say('| statement | plain median / p95 ms | by year median / p95 ms | by year / plain |');
    say('|---|---|---|---|');
    for (const question of QUESTIONS) {
      const times: Record<string, number[]> = { plain_facility: [], part_facility: [] };
      for (let round = 0; round < question.rounds; round += 1) {
        // alternate which copy goes first, so a warming cache favours neither
        const order =
          round % 2 ? ['part_facility', 'plain_facility'] : ['plain_facility', 'part_facility'];
        for (const table of order) {
          times[table].push(await measure(db, question, table, round + 1));
        }
      }
      const plain = stats(times.plain_facility);
      const part = stats(times.part_facility);
      say(
        `| ${question.name} (${question.rounds}×) | ${plain.median.toFixed(2)} / ${plain.p95.toFixed(2)} | ${part.median.toFixed(2)} / ${part.p95.toFixed(2)} | ${(part.median / plain.median).toFixed(2)} |`,
      );
    }
  } finally {
    await db.end();
  }
}

async function sizes(db: Client): Promise<string> {
  const { rows } = await db.query(`select c.relname, pg_size_pretty(
      coalesce((select sum(pg_total_relation_size(i.inhrelid)) from pg_inherits i where i.inhparent = c.oid), 0)
      + pg_total_relation_size(c.oid)) size
    from pg_class c where c.relname in ('plain_facility', 'part_facility') order by 1 desc`);
  return rows
    .map((r: { relname: string; size: string }) => `${r.relname}: ${r.size} with indexes`)
    .join('; ');
}

function stats(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
