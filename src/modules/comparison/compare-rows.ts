import type { RegionIndex } from '../../regions/region-index';
import { METRIC_CATALOG } from '../indicator/metric-catalog';
import { ComparisonRow } from './comparison.types';
import type { Cell, FactValues } from './fact-values';
import { partialNote, type RowNote } from './row-notes';

export const POPULATION = 'POPULATION';

/** Where a compared value belongs: its region, year and metric key. */
export interface RowAt {
  code: string;
  year: number;
  metric: string;
}

/** A row with the value as reported (or summed), its coverage and, when partial, a note. */
export function asReported(regions: RegionIndex, at: RowAt, cell: Cell | null): ComparisonRow {
  return toRow(at, cell, [partialNote(regions, at.code, coverageOf(cell))]);
}

/**
 * A row per 10,000 residents of the region that year. Only an additive figure (a count, a sum
 * of money or area) grows with the population; a rate (经常参加体育锻炼人数比例) or an average
 * does not, so it keeps its value and says why.
 */
export function perTenThousand(
  regions: RegionIndex,
  at: RowAt,
  cell: Cell | null,
  indicators: FactValues,
): ComparisonRow {
  const rate = notAdditive(at.metric);
  if (rate) {
    return toRow(at, cell, [
      { key: 'noteNotAdditive', params: { name: rate.name, unit: rate.unit } },
      partialNote(regions, at.code, coverageOf(cell)),
    ]);
  }
  if (!cell || cell.value === null) {
    return toRow(at, null, []);
  }
  const population = indicators.get(at.code)?.get(at.year)?.get(`indicators.${POPULATION}`);
  if (!population?.value) {
    const region = regions.get(at.code)?.fullName ?? at.code;
    return toRow(at, null, [
      { key: 'noteNoPopulation', params: { region, year: at.year, metric: POPULATION } },
    ]);
  }
  const value = (cell.value / population.value) * 10000;
  const approximate = cell.approximate || population.approximate;
  return toRow(at, { value, approximate, coverage: cell.coverage }, [
    { key: 'notePerTenThousand', params: {} },
    partialNote(regions, at.code, cell.coverage),
    partialNote(regions, at.code, population.coverage, 'population'),
  ]);
}

/** The catalog entry of an indicator metric that must not be divided, or null. */
function notAdditive(metric: string): { name: string; unit: string } | null {
  const indicator = METRIC_CATALOG.find((m) => `indicators.${m.key}` === metric);
  return indicator && !indicator.additive ? indicator : null;
}

// Coverage qualifies a value: a null value has none, whatever was reported around it.
function coverageOf(cell: Cell | null): Cell['coverage'] {
  return cell?.value === null ? null : cell?.coverage;
}

function toRow(at: RowAt, cell: Cell | null, notes: (RowNote | null)[]): ComparisonRow {
  const value = cell?.value ?? null;
  return Object.assign(new ComparisonRow(), {
    regionCode: at.code,
    year: at.year,
    metric: at.metric,
    value,
    approximate: cell?.approximate ?? false,
    rank: null,
    note: null,
    notes: notes.filter((n): n is RowNote => n !== null),
    coverage: coverageOf(cell) ?? null,
  });
}
