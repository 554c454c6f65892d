import type { Knex } from '@mikro-orm/postgresql';
import type { FactMetric } from './metrics';
import type { RegionIndex } from '../../regions/region-index';
import { CountyCounts, type CoverageCount } from './coverage';
import { PAIRS_SQL, targetPairs, yearFilter } from './target-sql';

export interface Cell {
  value: number | null;
  approximate: boolean;
  /** For a value summed over sub-regions: how many of the county-level ones reported. */
  coverage?: CoverageCount | null;
}

/** target code → year → metric key → summed value. */
export type FactValues = Map<string, Map<number, Map<string, Cell>>>;

// Each source's rows per (target, year): the aggregates for facilities and events; for results,
// a delegation's whole-team (ALL) row, or its group rows where it reported no ALL row.
const SOURCES: Record<
  FactMetric['source'],
  { from: (years: string) => string; approx: Record<string, string> }
> = {
  facilities: {
    from: (years) =>
      `${PAIRS_SQL} join facility_agg a on a.dim = '' and a.dim_value = '' and a.region_code = t.region_code${years}`,
    approx: {
      quantity: 'quantity_approx',
      investment_yuan: 'investment_approx',
      area_m2: 'area_approx',
      length_km: 'length_approx',
    },
  },
  events: {
    from: (years) =>
      `${PAIRS_SQL} join event_agg a on a.dim = '' and a.dim_value = '' and a.region_code = t.region_code${years}`,
    approx: { participants: 'participants_approx' },
  },
  results: {
    from: (
      years,
    ) => `(select t.code, x.*, bool_or(x."group" = 'ALL') over (partition by t.code, x.region_code, x.competition_id) as has_all
        from ${PAIRS_SQL} join result x on x.current and x.region_code = t.region_code${years.replace(/a\.year/g, 'x.year')}) a
      where a."group" = 'ALL' or not a.has_all`,
    approx: {},
  },
};

const RESULT_FIELDS: Record<string, string> = {
  athletes: 'athletes',
  gold: 'gold',
  silver: 'silver',
  bronze: 'bronze',
  medals: 'medals',
  points: 'points',
};

/**
 * Sums fact metrics over each target region (and its subtree) per year, set-based: one statement
 * per source, which also lists the regions that have rows, for the totals' coverage.
 */
export async function factValues(
  db: Knex,
  regions: RegionIndex,
  targets: readonly string[],
  metrics: readonly FactMetric[],
  years: readonly number[] | null,
  includeDescendants: boolean,
): Promise<FactValues> {
  const values: FactValues = new Map();
  const counties = new CountyCounts(regions);
  for (const source of [...new Set(metrics.map((m) => m.source))]) {
    const chosen = metrics.filter((m) => m.source === source);
    const year = yearFilter('a.year', years);
    const columns = chosen.map(
      (m, i) => `sum(a.${sumColumn(source, m)}) as v${i}, ${approxColumn(source, m)} as a${i}`,
    );
    const target = source === 'results' ? 'a.code' : 't.code';
    const { rows } = await db.raw(
      `select ${target} as target, a.year, array_agg(distinct a.region_code) as regions, ${columns.join(', ')} from ${SOURCES[source].from(year.sql)} group by ${target}, a.year`,
      [...targetPairs(regions, targets, includeDescendants), ...year.bindings] as never,
    );
    for (const row of rows as Record<string, unknown>[]) {
      const code = row.target as string;
      const coverage = includeDescendants ? counties.ofFacts(code, row.regions as string[]) : null;
      chosen.forEach((m, i) =>
        put(values, code, row.year as number, m.key, {
          ...toCell(row[`v${i}`], row[`a${i}`]),
          coverage,
        }),
      );
    }
  }
  return values;
}

function sumColumn(source: FactMetric['source'], metric: FactMetric): string {
  return source === 'results' ? `"${metric.column}"` : metric.column;
}

function approxColumn(source: FactMetric['source'], metric: FactMetric): string {
  if (source === 'results') {
    return `bool_or('${RESULT_FIELDS[metric.column]}' = any(a.approximate_fields))`;
  }
  const flag = SOURCES[source].approx[metric.column];
  return flag ? `bool_or(a.${flag})` : 'false';
}

function toCell(value: unknown, approximate: unknown): Cell {
  return {
    value: value === null || value === undefined ? null : Number(value),
    approximate: approximate === true,
  };
}

export function put(
  values: FactValues,
  target: string,
  year: number,
  key: string,
  cell: Cell,
): void {
  let byYear = values.get(target);
  if (!byYear) {
    byYear = new Map();
    values.set(target, byYear);
  }
  let byMetric = byYear.get(year);
  if (!byMetric) {
    byMetric = new Map();
    byYear.set(year, byMetric);
  }
  byMetric.set(key, cell);
}
