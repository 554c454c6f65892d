import type { RowObserver } from '../common/commit-hooks';
import { aggregateOf, type Aggregate, type BatchFigures, type RegionYear } from './aggregate.specs';

/**
 * A batch's own aggregate figures, summed in memory as its rows are written: what the
 * aggregate's SQL would compute over those rows (count, sums that stay null when every value
 * is null, approximate flags; overall and per dimension value, a null value counting as '').
 */
export class BatchAggregates implements RowObserver, BatchFigures {
  private readonly tables = new Map<string, TableFigures>();

  add(
    table: string,
    columns: readonly string[],
    regionCode: string,
    year: number,
    values: readonly unknown[],
    approximate: readonly string[],
  ): void {
    let figures = this.tables.get(table);
    if (figures === undefined) {
      const aggregate = aggregateOf(table);
      if (!aggregate) {
        return;
      }
      figures = new TableFigures(aggregate, columns);
      this.tables.set(table, figures);
    }
    figures.add(regionCode, year, values, approximate);
  }

  /** Rows (dim, dim_value, region_code, year, count, sums…, flags…) of the given pairs. */
  rowsOf(aggregate: Aggregate, pairs: readonly RegionYear[]): unknown[][] {
    return this.tables.get(aggregate.table)?.rowsOf(pairs) ?? [];
  }
}

interface Figures {
  count: number;
  sums: (number | null)[];
  approx: boolean[];
}

/** One (region, year)'s figures: overall, and per dimension value for each dimension in order. */
interface Groups {
  overall: Figures;
  byDim: Map<string, Figures>[];
}

class TableFigures {
  private readonly sumAt: number[];
  private readonly dims: [name: string, at: number][];
  /** region code → year → its figures */
  private readonly byRegion = new Map<string, Map<number, Groups>>();

  constructor(
    private readonly aggregate: Aggregate,
    columns: readonly string[],
  ) {
    const at = (column: string) => columns.indexOf(column);
    this.sumAt = aggregate.sums.map(([column]) => at(column));
    this.dims = Object.entries(aggregate.dims).map(([name, column]) => [name, at(column)]);
  }

  add(
    regionCode: string,
    year: number,
    values: readonly unknown[],
    approximate: readonly string[],
  ) {
    const groups = this.groupsOf(regionCode, year);
    this.addTo(groups.overall, values, approximate);
    for (let d = 0; d < this.dims.length; d += 1) {
      const value = values[this.dims[d][1]];
      const key = value === null || value === undefined ? '' : String(value);
      let f = groups.byDim[d].get(key);
      if (f === undefined) {
        f = this.emptyFigures();
        groups.byDim[d].set(key, f);
      }
      this.addTo(f, values, approximate);
    }
  }

  rowsOf(pairs: readonly RegionYear[]): unknown[][] {
    const rows: unknown[][] = [];
    const row = (dim: string, value: string, { regionCode, year }: RegionYear, f: Figures) =>
      rows.push([dim, value, regionCode, year, f.count, ...f.sums, ...f.approx]);
    for (const pair of pairs) {
      const groups = this.byRegion.get(pair.regionCode)?.get(pair.year);
      if (groups === undefined) {
        continue;
      }
      row('', '', pair, groups.overall);
      groups.byDim.forEach((byValue, d) => {
        for (const [value, f] of byValue) {
          row(this.dims[d][0], value, pair, f);
        }
      });
    }
    return rows;
  }

  private groupsOf(regionCode: string, year: number): Groups {
    let byYear = this.byRegion.get(regionCode);
    if (byYear === undefined) {
      byYear = new Map();
      this.byRegion.set(regionCode, byYear);
    }
    let groups = byYear.get(year);
    if (groups === undefined) {
      groups = { overall: this.emptyFigures(), byDim: this.dims.map(() => new Map()) };
      byYear.set(year, groups);
    }
    return groups;
  }

  private emptyFigures(): Figures {
    return {
      count: 0,
      sums: this.sumAt.map(() => null),
      approx: this.aggregate.approx.map(() => false),
    };
  }

  private addTo(f: Figures, values: readonly unknown[], approximate: readonly string[]): void {
    f.count += 1;
    for (let i = 0; i < this.sumAt.length; i += 1) {
      const v = values[this.sumAt[i]];
      if (typeof v === 'number') {
        f.sums[i] = (f.sums[i] ?? 0) + v;
      }
    }
    if (approximate.length > 0) {
      this.aggregate.approx.forEach(([field], i) => {
        f.approx[i] ||= approximate.includes(field);
      });
    }
  }
}
