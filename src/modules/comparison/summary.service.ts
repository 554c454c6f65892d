import type { Knex } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { RegionLevel } from '../region/region.entity';

/** A dimension: its name in the API, its column in the fact table, and the filter list for it. */
export interface SummaryDimension {
  name: string;
  column: string;
  field: string;
}

export interface SummarySpec {
  table: string;
  aggregate: string;
  dimensions: readonly SummaryDimension[];
  /** Measure expressions over the fact table (f) and over its aggregate (a), same aliases. */
  factMeasures: string;
  aggregateMeasures: string;
}

export interface SummaryQuery {
  regions: readonly string[] | null;
  includeDescendants: boolean;
  years: readonly number[] | null;
  filters: Record<string, readonly string[] | null | undefined>;
  nameContains: string | null;
  groupBy: readonly string[];
  rollupTo: RegionLevel | null;
}

const ROLLUP: Record<RegionLevel, string> = {
  [RegionLevel.PROVINCE]: 'r.province_code',
  [RegionLevel.CITY]: 'coalesce(r.city_code, r.code)',
  [RegionLevel.DISTRICT]: 'r.code',
};

/**
 * Grouped totals. Read from the aggregate when the grouping and filters need at most one
 * dimension besides region and year (the aggregate holds those totals); otherwise from the
 * fact rows. Either way one statement, grouped in the database.
 */
export async function summarize(
  db: Knex,
  spec: SummarySpec,
  query: SummaryQuery,
): Promise<Record<string, unknown>[]> {
  if (query.groupBy.length === 0) {
    throw new GraphQLError('groupBy needs at least one dimension', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const extra = spec.dimensions.filter(
    (d) => query.groupBy.includes(d.name) || (query.filters[d.field]?.length ?? 0) > 0,
  );
  const useAggregate = !query.nameContains && extra.length <= 1;
  const dimColumn = (d: SummaryDimension) =>
    useAggregate ? `nullif(a.dim_value, '')` : `f.${d.column}`;
  const where: string[] = [];
  const bindings: unknown[] = [];
  const source = useAggregate
    ? `${spec.aggregate} a join region r on r.code = a.region_code and a.dim = '${extra[0]?.name ?? ''}'`
    : `"${spec.table}" f join region r on r.code = f.region_code and f.current`;
  const alias = useAggregate ? 'a' : 'f';
  if (query.regions) {
    const subtree = query.includeDescendants
      ? ' or r.province_code = any(?::text[]) or r.city_code = any(?::text[])'
      : '';
    where.push(`(r.code = any(?::text[])${subtree})`);
    bindings.push(...Array(query.includeDescendants ? 3 : 1).fill([...query.regions]));
  }
  if (query.years) {
    where.push(`${alias}.year = any(?::int[])`);
    bindings.push([...query.years]);
  }
  for (const d of spec.dimensions) {
    const values = query.filters[d.field];
    if (values && values.length > 0) {
      where.push(`${dimColumn(d)} = any(?::text[])`);
      bindings.push([...values]);
    }
  }
  if (query.nameContains) {
    where.push(`f.name ilike ? escape '\\'`);
    bindings.push(`%${query.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const keys = groupKeys(query, spec, dimColumn, alias);
  const sql = `select ${[...keys.map(([expr, as]) => `${expr} as "${as}"`), useAggregate ? spec.aggregateMeasures : spec.factMeasures].join(', ')}
    from ${source}${where.length > 0 ? ` where ${where.join(' and ')}` : ''}
    group by ${keys.map(([expr]) => expr).join(', ')} order by ${keys.map(([expr]) => `${expr} nulls first`).join(', ')}`;
  return (await db.raw(sql, bindings as never)).rows;
}

function groupKeys(
  query: SummaryQuery,
  spec: SummarySpec,
  dimColumn: (d: SummaryDimension) => string,
  alias: string,
): [string, string][] {
  const keys: [string, string][] = [];
  if (query.groupBy.includes('REGION')) {
    keys.push([ROLLUP[query.rollupTo ?? RegionLevel.DISTRICT], 'regionCode']);
  }
  if (query.groupBy.includes('YEAR')) {
    keys.push([`${alias}.year`, 'year']);
  }
  for (const d of spec.dimensions) {
    if (query.groupBy.includes(d.name)) {
      keys.push([dimColumn(d), d.field]);
    }
  }
  return keys;
}
