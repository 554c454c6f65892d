import type { RowObserver } from '../../import/import-ledger';
import { aggregateOf, type Aggregate, type RegionYear } from './aggregates';

/**
 * A batch's own aggregate figures, summed in memory as its rows are written: what the
 * aggregate's SQL would compute over those rows (count, sums that stay null when every value
 * is null, approximate flags; overall and per dimension value, a null value counting as '').
 */
export class BatchAggregates implements RowObserver {
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

class TableFigures {
  private readonly sumAt: number[];
  private readonly dims: [name: string, at: number][];
  /** region code → year → dimension ('' for overall) → dimension value → figures */
  private readonly byRegion = new Map<string, Map<number, Map<string, Map<string, Figures>>>>();

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
    this.addTo(groups, '', '', values, approximate);
    for (const [name, at] of this.dims) {
      const value = values[at];
      this.addTo(
        groups,
        name,
        value === null || value === undefined ? '' : String(value),
        values,
        approximate,
      );
    }
  }

  rowsOf(pairs: readonly RegionYear[]): unknown[][] {
    const rows: unknown[][] = [];
    for (const { regionCode, year } of pairs) {
      for (const [dim, byValue] of this.byRegion.get(regionCode)?.get(year) ?? []) {
        for (const [value, f] of byValue) {
          rows.push([dim, value, regionCode, year, f.count, ...f.sums, ...f.approx]);
        }
      }
    }
    return rows;
  }

  private groupsOf(regionCode: string, year: number): Map<string, Map<string, Figures>> {
    let byYear = this.byRegion.get(regionCode);
    if (byYear === undefined) {
      byYear = new Map();
      this.byRegion.set(regionCode, byYear);
    }
    let groups = byYear.get(year);
    if (groups === undefined) {
      groups = new Map();
      byYear.set(year, groups);
    }
    return groups;
  }

  private addTo(
    groups: Map<string, Map<string, Figures>>,
    dim: string,
    value: string,
    values: readonly unknown[],
    approximate: readonly string[],
  ): void {
    let byValue = groups.get(dim);
    if (byValue === undefined) {
      byValue = new Map();
      groups.set(dim, byValue);
    }
    let f = byValue.get(value);
    if (f === undefined) {
      f = {
        count: 0,
        sums: this.sumAt.map(() => null),
        approx: this.aggregate.approx.map(() => false),
      };
      byValue.set(value, f);
    }
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
