import type { Knex } from '@mikro-orm/postgresql';
import { CatalogError } from '../common/errors';
import type { RegionLevel } from '../region/region.entity';
import type { RegionIndex } from '../../regions/region-index';

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

/**
 * Grouped totals. Read from the aggregate when the grouping and filters need at most one
 * dimension besides region and year (the aggregate holds those totals); otherwise from the
 * fact rows. Either way one statement, grouped in the database.
 */
export async function summarize(
  db: Knex,
  regions: RegionIndex,
  spec: SummarySpec,
  query: SummaryQuery,
): Promise<Record<string, unknown>[]> {
  const { sql, bindings } = summarySql(regions, spec, query);
  return (await db.raw(sql, bindings as never)).rows;
}

/** The grouped statement: one row per group, its keys and measures under their field names. */
export function summarySql(
  regions: RegionIndex,
  spec: SummarySpec,
  query: SummaryQuery,
): { sql: string; bindings: unknown[]; keys: string[] } {
  if (query.groupBy.length === 0) {
    throw new CatalogError('noGroupBy');
  }
  const extra = spec.dimensions.filter(
    (d) => query.groupBy.includes(d.name) || (query.filters[d.field]?.length ?? 0) > 0,
  );
  const useAggregate = !query.nameContains && extra.length <= 1;
  const alias = useAggregate ? 'a' : 'f';
  const dimColumn = (d: SummaryDimension) =>
    useAggregate ? `nullif(a.dim_value, '')` : `f.${d.column}`;
  const where: string[] = [useAggregate ? `a.dim = '${extra[0]?.name ?? ''}'` : 'f.current'];
  const bindings: unknown[] = [];
  const groups = regionJoin(regions, query, alias);
  const source = [
    useAggregate ? `${spec.aggregate} a` : `"${spec.table}" f`,
    groups?.sql ?? '',
  ].join(' ');
  bindings.push(...(groups?.bindings ?? []));
  if (groups?.where) {
    where.push(groups.where.sql);
    bindings.push(groups.where.binding);
  }
  if (query.years) {
    where.push(`${alias}.year = any(?::int[])`);
    bindings.push([...query.years]);
  }
  for (const d of spec.dimensions) {
    const values = query.filters[d.field];
    if (values && values.length > 0) {
      // a listed value is never '' (what the aggregate holds for none), so the key serves it bare
      where.push(`${useAggregate ? 'a.dim_value' : dimColumn(d)} = any(?::text[])`);
      bindings.push([...values]);
    }
  }
  if (query.nameContains) {
    where.push(`f.name ilike ? escape '\\'`);
    bindings.push(`%${query.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const keys = groupKeys(query, spec, dimColumn, alias, groups?.key ?? '');
  const measures = useAggregate ? spec.aggregateMeasures : spec.factMeasures;
  const sql = `select ${[...keys.map(([expr, as]) => `${expr} as "${as}"`), measures].join(', ')}
    from ${source} where ${where.join(' and ')}
    group by ${keys.map(([expr]) => expr).join(', ')}
    order by ${keys.map(([expr]) => `${expr} nulls first`).join(', ')}`;
  return { sql, bindings, keys: keys.map(([, as]) => as) };
}

function groupKeys(
  query: SummaryQuery,
  spec: SummarySpec,
  dimColumn: (d: SummaryDimension) => string,
  alias: string,
  regionKey: string,
): [string, string][] {
  const keys: [string, string][] = [];
  if (query.groupBy.includes('REGION')) {
    keys.push([regionKey, 'regionCode']);
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

/** How the rows are joined to their regions, and the expression of the region they count under. */
interface RegionJoin {
  sql: string;
  key: string;
  bindings: unknown[];
  /** The same regions as a condition on the rows, which an index on the region code serves. */
  where?: { sql: string; binding: unknown };
}

/** The region a row counts under at each rollup level: the columns RegionTree.rollUp reads. */
const ROLLED_UP: Record<RegionLevel, string> = {
  PROVINCE: 'g.province_code',
  CITY: 'coalesce(g.city_code, g.code)',
  DISTRICT: 'g.code',
};

/**
 * The regions the filter selects, each with the region it is grouped under (itself, or its
 * city or province with rollupTo); null when neither a region filter nor a region grouping asks
 * for them. A filter's regions come from the in-memory tree, as two arrays (a statement of the
 * same text for any regions); without a filter every region counts, so the rows are joined to
 * the region table, which holds each region's city and province, rather than binding two arrays
 * of all 3,211 codes.
 */
function regionJoin(regions: RegionIndex, query: SummaryQuery, alias: string): RegionJoin | null {
  if (!query.regions) {
    if (!query.groupBy.includes('REGION')) {
      return null;
    }
    const level = query.rollupTo ?? 'DISTRICT';
    // A row counts under its own region: no join. The region table holds every code the
    // importer can take (seed.ts adds and updates, never deletes), so the join only cost a hash of
    // 3,211 regions, a fifth of a country-wide question per district.
    return level === 'DISTRICT'
      ? { sql: '', key: `${alias}.region_code`, bindings: [] }
      : {
          sql: `join region g on g.code = ${alias}.region_code`,
          key: ROLLED_UP[level],
          bindings: [],
        };
  }
  const codes = [
    ...new Set(
      query.regions.flatMap((code) => (query.includeDescendants ? regions.subtree(code) : [code])),
    ),
  ];
  return {
    sql: `join unnest(?::text[], ?::text[]) as g(region_code, group_code) on g.region_code = ${alias}.region_code`,
    key: 'g.group_code',
    bindings: [codes, codes.map((code) => regions.rollUp(code, query.rollupTo))],
    // without it the planner joins every row of the year to the list (it cannot see into it)
    where: { sql: `${alias}.region_code = any(?::text[])`, binding: codes },
  };
}
