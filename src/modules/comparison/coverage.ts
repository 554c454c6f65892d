import type { RegionIndex } from '../../regions/region-index';

/** How many of the county-level regions under a summed value reported (decisions §6). */
export interface CoverageCount {
  reported: number;
  expected: number;
}

/**
 * The county-level regions (GB/T 2260's third level: 区, 县, 县级市) a region's totals are expected
 * from, counted once per region for one compare call: a province has a hundred, and every
 * (year, metric) row of it asks.
 */
export class CountyCounts {
  private readonly counts = new Map<string, number>();

  constructor(readonly regions: RegionIndex) {}

  /** County-level regions strictly below code; 0 for a county or a city without counties. */
  below(code: string): number {
    let count = this.counts.get(code);
    if (count === undefined) {
      count = this.regions.subtree(code).filter((c) => c !== code && this.isCounty(c)).length;
      this.counts.set(code, count);
    }
    return count;
  }

  /** What a region's own figure stands for: itself when county-level, else its counties. */
  coveredBy(code: string): number {
    return this.isCounty(code) ? 1 : this.below(code);
  }

  /**
   * A fact total's coverage: of the counties below target, those among `withRows` (regions with
   * at least one current row of the kind and year). Null when the total is not a sum over
   * sub-regions (a county, a city without counties).
   */
  ofFacts(target: string, withRows: readonly string[]): CoverageCount | null {
    const expected = this.below(target);
    if (expected === 0) {
      return null;
    }
    const reported = withRows.filter((c) => c !== target && this.isCounty(c)).length;
    return { reported, expected };
  }

  private isCounty(code: string): boolean {
    return this.regions.get(code)?.level === 'DISTRICT';
  }
}
