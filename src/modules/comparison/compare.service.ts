import type { Knex } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { RegionIndex } from '../../regions/region-index';
import { ComparisonRow, Normalization } from './comparison.types';
import { factValues, type Cell, type FactValues } from './fact-values';
import { indicatorValues } from './indicator-values';
import { parseMetrics, type FactMetric } from './metrics';

export interface CompareArgs {
  regions: readonly string[];
  metrics: readonly string[];
  years: readonly number[] | null;
  includeDescendants: boolean;
  normalize: Normalization;
}

const LIMITS = { regions: 500, metrics: 50, years: 50 };
const POPULATION = 'POPULATION';

/** compare(): one row per (region, year, metric), ranked within each metric and year. */
export async function compare(
  db: Knex,
  regions: RegionIndex,
  args: CompareArgs,
): Promise<ComparisonRow[]> {
  checkArgs(regions, args);
  const metrics = parseMetrics(args.metrics);
  const facts = metrics.flatMap((m) => (m.kind === 'fact' ? [m.metric] : [])) as FactMetric[];
  const indicatorKeys = metrics.flatMap((m) => (m.kind === 'indicator' ? [m.metricKey] : []));
  const perCapita = args.normalize === Normalization.PER_10K_RESIDENTS;
  const wanted = [...new Set([...indicatorKeys, ...(perCapita ? [POPULATION] : [])])];
  const values =
    facts.length > 0
      ? await factValues(db, regions, args.regions, facts, args.years, args.includeDescendants)
      : new Map();
  const indicators =
    wanted.length > 0
      ? await indicatorValues(
          db,
          regions,
          args.regions,
          wanted,
          args.years,
          args.includeDescendants,
        )
      : new Map();
  const years = args.years ? [...args.years] : yearsOf(values, indicators);
  const rows: ComparisonRow[] = [];
  for (const code of args.regions) {
    for (const year of years) {
      for (const key of args.metrics) {
        const cell =
          (key.startsWith('indicators.') ? indicators : values).get(code)?.get(year)?.get(key) ??
          null;
        rows.push(
          perCapita
            ? perTenThousand(regions, code, year, key, cell, indicators)
            : toRow(code, year, key, cell),
        );
      }
    }
  }
  return rank(rows);
}

function checkArgs(regions: RegionIndex, args: CompareArgs): void {
  const unknown = args.regions.filter((code) => !regions.get(code));
  const problem =
    unknown.length > 0
      ? `unknown region code(s): ${unknown.join(', ')}`
      : args.regions.length > LIMITS.regions ||
          args.metrics.length > LIMITS.metrics ||
          (args.years?.length ?? 0) > LIMITS.years
        ? `compare takes at most ${LIMITS.regions} regions, ${LIMITS.metrics} metrics and ${LIMITS.years} years`
        : null;
  if (problem) {
    throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

function yearsOf(...sources: FactValues[]): number[] {
  const years = new Set<number>();
  for (const source of sources) {
    for (const byYear of source.values()) {
      byYear.forEach((_, year) => years.add(year));
    }
  }
  return [...years].sort((a, b) => a - b);
}

function toRow(
  code: string,
  year: number,
  metric: string,
  cell: Cell | null,
  note: string | null = null,
): ComparisonRow {
  return Object.assign(new ComparisonRow(), {
    regionCode: code,
    year,
    metric,
    value: cell?.value ?? null,
    approximate: cell?.approximate ?? false,
    rank: null,
    note,
  });
}

function perTenThousand(
  regions: RegionIndex,
  code: string,
  year: number,
  metric: string,
  cell: Cell | null,
  indicators: FactValues,
): ComparisonRow {
  if (!cell || cell.value === null) {
    return toRow(code, year, metric, null);
  }
  const population = indicators.get(code)?.get(year)?.get(`indicators.${POPULATION}`);
  if (!population?.value) {
    const name = regions.get(code)?.fullName ?? code;
    return toRow(
      code,
      year,
      metric,
      null,
      `no population (indicators.POPULATION) reported for ${name} in ${year}`,
    );
  }
  const value = (cell.value / population.value) * 10000;
  return toRow(
    code,
    year,
    metric,
    { value, approximate: cell.approximate || population.approximate },
    'per 10,000 residents',
  );
}

/** Standard competition ranking per (metric, year): equal values share a rank, the next skips. */
function rank(rows: ComparisonRow[]): ComparisonRow[] {
  const groups = new Map<string, ComparisonRow[]>();
  for (const row of rows) {
    if (row.value !== null) {
      const key = `${row.metric}|${row.year}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  for (const group of groups.values()) {
    for (const row of group) {
      row.rank = 1 + group.filter((other) => other.value! > row.value!).length;
    }
  }
  return rows;
}
