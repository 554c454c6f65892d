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
  const groups = regionGroups(regions, query);
  const source = [
    useAggregate ? `${spec.aggregate} a` : `"${spec.table}" f`,
    groups
      ? `join unnest(?::text[], ?::text[]) as g(region_code, group_code) on g.region_code = ${alias}.region_code`
      : '',
  ].join(' ');
  if (groups) {
    bindings.push(...groups);
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
  const measures = useAggregate ? spec.aggregateMeasures : spec.factMeasures;
  const sql = `select ${[...keys.map(([expr, as]) => `${expr} as "${as}"`), measures].join(', ')}
    from ${source} where ${where.join(' and ')}
    group by ${keys.map(([expr]) => expr).join(', ')}
    order by ${keys.map(([expr]) => `${expr} nulls first`).join(', ')}`;
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
    keys.push(['g.group_code', 'regionCode']);
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

/**
 * The regions the filter selects, each with the region it is grouped under (itself, or its
 * city or province with rollupTo), worked out from the in-memory region tree; null when neither
 * a region filter nor a region grouping asks for them.
 */
function regionGroups(regions: RegionIndex, query: SummaryQuery): [string[], string[]] | null {
  if (!query.regions && !query.groupBy.includes('REGION')) {
    return null;
  }
  const codes = query.regions
    ? [
        ...new Set(
          query.regions.flatMap((code) =>
            query.includeDescendants ? regions.subtree(code) : [code],
          ),
        ),
      ]
    : regions.codes();
  return [codes, codes.map((code) => regions.rollUp(code, query.rollupTo))];
}
