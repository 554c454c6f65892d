import type { Knex } from '@mikro-orm/postgresql';
import {
  AGGREGATES,
  groupedSql,
  measureColumns,
  measures,
  type Aggregate,
  type BatchFigures,
  type RegionYear,
} from './aggregate.specs';

/**
 * Recomputes the aggregates of the given (region, year) pairs from the current rows, or of
 * every pair when `pairs` is null. One statement per aggregate: grouping sets give the overall
 * and per-dimension totals in a single scan.
 */
export async function refreshAggregate(
  db: Knex.Transaction,
  aggregate: Aggregate,
  pairs: RegionYear[] | null,
): Promise<void> {
  const only = pairs
    ? `(region_code, year) in (select * from unnest(?::text[], ?::int[]))`
    : 'true';
  const bindings = pairs ? [pairs.map((p) => p.regionCode), pairs.map((p) => p.year)] : [];
  await db.raw(`delete from ${aggregate.agg} where ${only}`, bindings);
  await hashingGroups(db, () =>
    db.raw(
      `insert into ${aggregate.agg} (dim, dim_value, region_code, year, ${measureColumns(aggregate)})
       ${groupedSql(aggregate, only)}`,
      bindings,
    ),
  );
}

/**
 * Recomputes the aggregates of the given pairs once a batch is written, from its own figures
 * (summed while its rows streamed by, see BatchAggregates) and the current rows of every other
 * batch of the same kind and year — found through the scope index, so the batch's own rows,
 * possibly a million, are not read again.
 */
export async function refreshAggregateWithBatch(
  trx: Knex.Transaction,
  aggregate: Aggregate,
  pairs: RegionYear[],
  batch: { id: number; kind: string; figures: BatchFigures; scopes: string[] },
): Promise<void> {
  const codes = pairs.map((p) => p.regionCode);
  const years = pairs.map((p) => p.year);
  const only = `(region_code, year) in (select * from unnest(:codes::text[], :years::int[]))`;
  await trx.raw(`delete from ${aggregate.agg} where ${only}`, { codes, years });
  const stored = measures(aggregate);
  const fromBatch = stored
    .map(({ column, type }, i) => `(r->>${i + 4})::${type} as ${column}`)
    .join(', ');
  const merged = stored
    .map(({ column, type }) => (type === 'bool' ? `bool_or(${column})` : `sum(${column})`))
    .join(', ');
  // Other batches whose rows can fall in these pairs: those of a scope that is one of the
  // regions or an ancestor of one (a workbook's rows lie within its region), as the caller says.
  const { rows: scopeRows } = await trx.raw(
    `select distinct s.region_code from import_scope s
     where s.current and s.kind = ? and s.year = any(?::int[]) and s.batch_id <> ?
       and s.region_code = any(?::text[])`,
    [batch.kind, years, batch.id, batch.scopes],
  );
  const scopes = scopeRows.map((r: { region_code: string }) => r.region_code);
  // Most often there is none: then the batch's figures are the aggregate, and no row is read.
  // (Asking the planner for the others regardless, it may read the batch's own million rows
  // through the region index only to filter every one of them out.)
  const others = `${only} and scope_region_code = any(:scopes::text[])`;
  await hashingGroups(trx, () =>
    trx.raw(
      `insert into ${aggregate.agg} (dim, dim_value, region_code, year, ${measureColumns(aggregate)})
       select dim, dim_value, region_code, year, ${merged}
       from (
         select r->>0 as dim, r->>1 as dim_value, r->>2 as region_code, (r->>3)::int as year, ${fromBatch}
         from jsonb_array_elements(:figures::text::jsonb) as r
         ${scopes.length > 0 ? `union all ${groupedSql(aggregate, others)}` : ''}
       ) p
       group by dim, dim_value, region_code, year`,
      { codes, years, scopes, figures: JSON.stringify(batch.figures.rowsOf(aggregate, pairs)) },
    ),
  );
}

// A handful of groups per region: hashing them in one pass beats the sorts the planner picks
// when it misjudges, as it does for rows the same transaction has just written.
async function hashingGroups(db: Knex.Transaction, run: () => Promise<unknown>) {
  await db.raw('set local enable_sort = off');
  try {
    await run();
  } finally {
    await db.raw('set local enable_sort to default');
  }
}

/** Rebuilds every aggregate from scratch (after loading rows directly, as the benchmark does). */
export async function refreshAggregates(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    for (const aggregate of AGGREGATES) {
      await refreshAggregate(trx, aggregate, null);
    }
  });
}

/**
 * The (region, year) pairs a scope's rows cover, for every batch: what a change there touches.
 * A skip scan of the scope index (one probe per region, a dozen at most) rather than reading the
 * scope's rows, which a large ledger makes a million.
 */
export async function pairsOfScope(
  db: Knex | Knex.Transaction,
  table: string,
  scopeRegionCode: string,
  year: number,
): Promise<RegionYear[]> {
  const { rows } = await db.raw(
    `with recursive r (code) as (
       select min(region_code) from "${table}" where scope_region_code = :scope and year = :year
       union all
       select (select min(region_code) from "${table}"
               where scope_region_code = :scope and year = :year and region_code > r.code)
       from r where r.code is not null)
     select code from r where code is not null`,
    { scope: scopeRegionCode, year },
  );
  return rows.map((r: { code: string }) => ({ regionCode: r.code, year }));
}
