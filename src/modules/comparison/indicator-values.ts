import type { Knex } from '@mikro-orm/postgresql';
import type { RegionIndex } from '../../regions/region-index';
import { METRIC_CATALOG } from '../indicator/metric-catalog';
import { CountyCounts } from './coverage';
import { put, type Cell, type FactValues } from './fact-values';
import { yearFilter } from './target-sql';

type Reported = Map<string, Cell>; // `${code}|${year}|${metric}` → the region's own value

/** A value and the county-level regions it stands for (a region's own figure, all of its). */
interface Summed extends Cell {
  covered: number;
}

/**
 * Indicator values of the targets: a region's own reported value wins; otherwise an additive
 * metric (counts, population, area) is the sum of its sub-regions' values, each by the same
 * rule, with the county-level regions the sum covers (a city's own figure covers its counties);
 * a rate is not summed.
 */
export async function indicatorValues(
  db: Knex,
  regions: RegionIndex,
  targets: readonly string[],
  metricKeys: readonly string[],
  years: readonly number[] | null,
  includeDescendants: boolean,
): Promise<FactValues> {
  const reported = await loadReported(db, regions, targets, metricKeys, years);
  const counties = new CountyCounts(regions);
  const values: FactValues = new Map();
  const yearsSeen = new Set<number>([...reported.keys()].map((k) => Number(k.split('|')[1])));
  for (const target of targets) {
    for (const year of years ?? yearsSeen) {
      for (const key of metricKeys) {
        const additive = METRIC_CATALOG.find((m) => m.key === key)?.additive ?? false;
        const sum = includeDescendants && additive;
        const { covered, ...cell } = valueOf(counties, reported, target, year, key, sum);
        // A region's own figure is not a sum, and needs no coverage.
        const summed = sum && !reported.has(`${target}|${year}|${key}`);
        const expected = counties.below(target);
        if (cell.value !== null) {
          const coverage = summed && expected > 0 ? { reported: covered, expected } : null;
          put(values, target, year, `indicators.${key}`, { ...cell, coverage });
        }
      }
    }
  }
  return values;
}

function valueOf(
  counties: CountyCounts,
  reported: Reported,
  code: string,
  year: number,
  key: string,
  sumChildren: boolean,
): Summed {
  const own = reported.get(`${code}|${year}|${key}`);
  if (own || !sumChildren) {
    return own
      ? { ...own, covered: counties.coveredBy(code) }
      : { value: null, approximate: false, covered: 0 };
  }
  let total: number | null = null;
  let approximate = false;
  let covered = 0;
  for (const child of counties.regions.children(code)) {
    const cell = valueOf(counties, reported, child.code, year, key, true);
    if (cell.value !== null) {
      total = (total ?? 0) + cell.value;
      approximate ||= cell.approximate;
      covered += cell.covered;
    }
  }
  return { value: total, approximate, covered };
}

// The newest current value of each region, year and metric inside the targets' subtrees.
async function loadReported(
  db: Knex,
  regions: RegionIndex,
  targets: readonly string[],
  metricKeys: readonly string[],
  years: readonly number[] | null,
): Promise<Reported> {
  const codes = [...new Set(targets.flatMap((target) => regions.subtree(target)))];
  const year = yearFilter('i.year', years);
  const { rows } = await db.raw(
    `select distinct on (i.region_code, i.year, i.metric_key) i.region_code, i.year, i.metric_key, i.value, i.approximate
     from indicator i
     where i.current and i.metric_key = any(?::text[]) and i.region_code = any(?::text[])${year.sql}
     order by i.region_code, i.year, i.metric_key, i.batch_id desc`,
    [[...metricKeys], codes, ...year.bindings] as never,
  );
  return new Map(
    (
      rows as {
        region_code: string;
        year: number;
        metric_key: string;
        value: number;
        approximate: boolean;
      }[]
    ).map((r) => [
      `${r.region_code}|${r.year}|${r.metric_key}`,
      { value: Number(r.value), approximate: r.approximate },
    ]),
  );
}
