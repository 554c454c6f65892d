import type { Knex } from '@mikro-orm/postgresql';
import * as sql from './synthetic-sql';

export const SIZES = { facilities: 1_000_000, events: 300_000, results: 100_000 };
const FACT_TABLES = ['facility', 'event', 'result', 'indicator'];
const KINDS = [
  { kind: 'FACILITIES', table: 'facility' },
  { kind: 'EVENTS', table: 'event' },
  { kind: 'RESULTS', table: 'result' },
  { kind: 'INDICATORS', table: 'indicator' },
] as const;

/** Whether an earlier run left the full synthetic country in this database. */
export async function isLoaded(knex: Knex): Promise<boolean> {
  const { rows } = await knex.raw('select count(*)::int as n from facility where current');
  return rows[0].n >= SIZES.facilities;
}

/**
 * Replaces every ledger row with the synthetic country, in one transaction (a failed load leaves
 * the database as it was). Secondary indexes of the fact tables are dropped and rebuilt around
 * the inserts, which is several times faster than maintaining them row by row.
 */
export async function loadSynthetic(knex: Knex, log: (line: string) => void): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw(`set local max_parallel_workers_per_gather = 0`);
    await trx.raw(`set local maintenance_work_mem = '512MB'`);
    await trx.raw(`set local work_mem = '256MB'`);
    await trx.raw(`set local synchronous_commit = off`);
    await trx.raw(
      `truncate ${FACT_TABLES.join(', ')}, import_scope, import_batch, competition restart identity cascade`,
    );
    const indexes = await dropSecondaryIndexes(trx);
    await trx.raw(sql.DISTRICTS);
    await trx.raw('select setseed(0.2024)');
    const batch = await createBatches(trx);
    await step(log, 'facilities', () =>
      trx.raw(sql.facilities(batch.FACILITIES, SIZES.facilities)),
    );
    await step(log, 'events', () => trx.raw(sql.events(batch.EVENTS, SIZES.events)));
    await trx.raw(sql.COMPETITIONS);
    await step(log, 'results', () => trx.raw(sql.results(batch.RESULTS, SIZES.results)));
    await step(log, 'indicators', () => trx.raw(sql.indicators(batch.INDICATORS)));
    for (const { kind, table } of KINDS) {
      await trx.raw(sql.scopes(batch[kind], table, kind));
      await trx.raw(
        `update import_batch set rows_imported = (select count(*) from "${table}") where id = ?`,
        [batch[kind]],
      );
    }
    await step(log, `${indexes.length} indexes`, async () => {
      for (const definition of indexes) {
        await trx.raw(definition);
      }
    });
  });
  await step(log, 'vacuum analyze', () => knex.raw('vacuum analyze'));
}

async function step(
  log: (line: string) => void,
  name: string,
  run: () => Promise<unknown>,
): Promise<void> {
  const started = Date.now();
  await run();
  log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Drops the fact tables' indexes that back no constraint; returns the statements that rebuild them. */
async function dropSecondaryIndexes(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = await trx.raw(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = current_schema() and i.tablename = any(?)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [FACT_TABLES],
  );
  for (const row of rows) {
    await trx.raw(`drop index "${row.indexname}"`);
  }
  return rows.map((row: { indexdef: string }) => row.indexdef);
}

/** One committed batch per ledger kind, as if each kind had come in one (very large) workbook. */
async function createBatches(
  trx: Knex.Transaction,
): Promise<Record<(typeof KINDS)[number]['kind'], number>> {
  const { rows } = await trx.raw(
    `insert into import_batch (file_name, sha256, dry_run, status, created_at, finished_at, rows_imported, report)
     select 'bench-' || lower(k) || '.xlsx', encode(sha256(convert_to('bench-' || k, 'UTF8')), 'hex'), false,
       'COMMITTED', now(), now(), 0, '{"sheets":[],"errors":[],"warnings":[]}'
     from unnest(?::text[]) k returning id, file_name`,
    [KINDS.map((k) => k.kind)],
  );
  const idOf = (kind: string) =>
    rows.find((r: { file_name: string }) => r.file_name === `bench-${kind.toLowerCase()}.xlsx`).id;
  return Object.fromEntries(KINDS.map(({ kind }) => [kind, idOf(kind)])) as Record<
    (typeof KINDS)[number]['kind'],
    number
  >;
}
