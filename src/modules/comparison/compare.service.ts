import type { Knex } from '@mikro-orm/postgresql';
import { CatalogError } from '../common/errors';
import type { RegionIndex } from '../../regions/region-index';
import { type ComparisonRow, Normalization } from './comparison.types';
import { asReported, perTenThousand, POPULATION } from './compare-rows';
import { factValues, type FactValues } from './fact-values';
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

/**
 * compare(): one row per (region, year, metric), ranked within each metric and year; a value
 * summed over sub-regions carries its coverage, and a note when it is partial.
 */
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
  return rank(
    args.regions.flatMap((code) =>
      years.flatMap((year) =>
        args.metrics.map((metric) => {
          const source = metric.startsWith('indicators.') ? indicators : values;
          const cell = source.get(code)?.get(year)?.get(metric) ?? null;
          const at = { code, year, metric };
          return perCapita
            ? perTenThousand(regions, at, cell, indicators)
            : asReported(regions, at, cell);
        }),
      ),
    ),
  );
}

function checkArgs(regions: RegionIndex, args: CompareArgs): void {
  const unknown = args.regions.filter((code) => !regions.get(code));
  if (unknown.length > 0) {
    throw new CatalogError('unknownRegions', { codes: unknown.join(', ') });
  }
  const asked = {
    askedRegions: args.regions.length,
    askedMetrics: args.metrics.length,
    askedYears: args.years?.length ?? 0,
  };
  if (
    asked.askedRegions > LIMITS.regions ||
    asked.askedMetrics > LIMITS.metrics ||
    asked.askedYears > LIMITS.years
  ) {
    throw new CatalogError('compareTooLarge', { ...LIMITS, ...asked });
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
