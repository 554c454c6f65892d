import type { Knex } from '@mikro-orm/postgresql';

export interface RegionYear {
  regionCode: string;
  year: number;
}

const FACILITY = {
  table: 'facility',
  agg: 'facility_agg',
  dims: { TYPE: 'type', STATUS: 'status', PROJECT_TYPE: 'project_type' },
  measures: `count(*), sum(quantity), sum(investment_yuan), sum(area_m2), sum(length_km),
    bool_or('quantity' = any(approximate_fields)), bool_or('investmentYuan' = any(approximate_fields)),
    bool_or('areaM2' = any(approximate_fields)), bool_or('lengthKm' = any(approximate_fields))`,
  columns:
    'count, quantity, investment_yuan, area_m2, length_km, quantity_approx, investment_approx, area_approx, length_approx',
};

const EVENT = {
  table: 'event',
  agg: 'event_agg',
  dims: { CATEGORY: 'category', LEVEL: 'level', SPORT: 'sport', FORMAT: 'format' },
  measures: `count(*), sum(participants), bool_or('participants' = any(approximate_fields))`,
  columns: 'count, participants, participants_approx',
};

type Aggregate = typeof FACILITY | typeof EVENT;

/** The aggregates kept for a fact table, or undefined for tables without any. */
export function aggregateOf(table: string): Aggregate | undefined {
  return [FACILITY, EVENT].find((a) => a.table === table);
}

/**
 * Recomputes the aggregates of the given (region, year) pairs from the current rows, or of
 * every pair when `pairs` is null. One statement per aggregate: grouping sets give the overall
 * and per-dimension totals in a single scan.
 */
export async function refreshAggregate(
  db: Knex | Knex.Transaction,
  aggregate: Aggregate,
  pairs: RegionYear[] | null,
): Promise<void> {
  const dims = Object.entries(aggregate.dims) as [string, string][];
  const dimName = `case ${dims.map(([name, col]) => `when grouping(${col}) = 0 then '${name}'`).join(' ')} else '' end`;
  const dimValue = `case ${dims.map(([, col]) => `when grouping(${col}) = 0 then coalesce(${col}, '')`).join(' ')} else '' end`;
  const sets = [
    '(region_code, year)',
    ...dims.map(([, col]) => `(region_code, year, ${col})`),
  ].join(', ');
  const only = pairs
    ? `and (region_code, year) in (select * from unnest(?::text[], ?::int[]))`
    : '';
  const bindings = pairs ? [pairs.map((p) => p.regionCode), pairs.map((p) => p.year)] : [];
  await db.raw(`delete from ${aggregate.agg} where true ${only}`, bindings);
  // A handful of groups per region: hashing them in one pass beats the sorts the planner picks
  // when it misjudges, as it does for rows this very transaction has just written.
  await db.raw('set local enable_sort = off');
  await db.raw(
    `insert into ${aggregate.agg} (dim, dim_value, region_code, year, ${aggregate.columns})
     select ${dimName}, ${dimValue}, region_code, year, ${aggregate.measures}
     from ${aggregate.table} where current ${only}
     group by grouping sets (${sets})`,
    bindings,
  );
  await db.raw('set local enable_sort to default');
}

/** Rebuilds every aggregate from scratch (after loading rows directly, as the benchmark does). */
export async function refreshAggregates(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    for (const aggregate of [FACILITY, EVENT]) {
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
