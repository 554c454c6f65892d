import type { Knex } from '@mikro-orm/postgresql';
import type { PlausibilityCheck, SheetDefinition } from '../../modules/common/sheet-definition';
import type { ReportBuilder } from '../report/report-builder';

const FACTOR = 100;

interface SumEntry {
  definition: SheetDefinition;
  check: PlausibilityCheck;
  region: string;
  year: number;
  group: string;
  value: number;
}

/** This batch's sums per check, region, year and group, gathered while rows are written. */
export class PlausibilitySums {
  private readonly kinds = new Map<SheetDefinition, KindSums>();

  add(definition: SheetDefinition, region: string, year: number, values: readonly unknown[]): void {
    let kind = this.kinds.get(definition);
    if (kind === undefined) {
      kind = new KindSums(definition);
      this.kinds.set(definition, kind);
    }
    kind.add(region, year, values);
  }

  *entries(): Generator<SumEntry> {
    for (const kind of this.kinds.values()) {
      yield* kind.entries();
    }
  }
}

/**
 * One kind's sums: region → year → per check, its sum (or, for a check grouped by a column,
 * group value → sum). Nested maps rather than a joined key: no string is built per row.
 */
class KindSums {
  private readonly positions: CheckPosition[];
  private readonly byRegion = new Map<string, Map<number, Map<string, SumEntry>[]>>();

  constructor(private readonly definition: SheetDefinition) {
    const at = (name: string) => definition.dbColumns.findIndex((c) => c.name === name);
    this.positions = (definition.plausibility ?? []).map((check) => ({
      check,
      value: at(check.column),
      group: check.groupBy ? at(check.groupBy) : null,
    }));
  }

  add(region: string, year: number, values: readonly unknown[]): void {
    if (this.positions.length === 0) {
      return;
    }
    const perCheck = this.slotsOf(region, year);
    for (let i = 0; i < this.positions.length; i += 1) {
      const { check, value: at, group: groupAt } = this.positions[i];
      const value = values[at];
      if (typeof value !== 'number') {
        continue;
      }
      const group = groupAt === null ? '' : String(values[groupAt]);
      const entry = perCheck[i].get(group);
      if (entry) {
        entry.value += value;
      } else {
        perCheck[i].set(group, { definition: this.definition, check, region, year, group, value });
      }
    }
  }

  *entries(): Generator<SumEntry> {
    for (const byYear of this.byRegion.values()) {
      for (const perCheck of byYear.values()) {
        for (const byGroup of perCheck) {
          yield* byGroup.values();
        }
      }
    }
  }

  private slotsOf(region: string, year: number): Map<string, SumEntry>[] {
    let byYear = this.byRegion.get(region);
    if (byYear === undefined) {
      byYear = new Map();
      this.byRegion.set(region, byYear);
    }
    let perCheck = byYear.get(year);
    if (perCheck === undefined) {
      perCheck = this.positions.map(() => new Map());
      byYear.set(year, perCheck);
    }
    return perCheck;
  }
}

interface CheckPosition {
  check: PlausibilityCheck;
  value: number;
  group: number | null;
}

/**
 * Warns (never blocks) where a figure of this batch is 100× or 1/100 of the same region's figure
 * for the previous year: the classic 元-for-万元 slip. Last year's figures are the current rows.
 */
export async function checkPlausibility(
  trx: Knex.Transaction,
  batchId: number,
  sums: PlausibilitySums,
  report: ReportBuilder,
): Promise<void> {
  const entries = [...sums.entries()].filter((e) => e.value > 0);
  for (const entry of entries) {
    const group = entry.check.groupBy ? `and "${entry.check.groupBy}" = ?` : '';
    const { rows } = await trx.raw(
      `select sum("${entry.check.column}") as v from "${entry.definition.table}"
       where current and batch_id <> ? and region_code = ? and year = ? ${group}`,
      [batchId, entry.region, entry.year - 1, ...(entry.check.groupBy ? [entry.group] : [])],
    );
    const before = rows[0]?.v === null || rows[0]?.v === undefined ? null : Number(rows[0].v);
    if (
      before &&
      before > 0 &&
      (entry.value >= FACTOR * before || entry.value * FACTOR <= before)
    ) {
      const what = entry.group ? `${entry.check.label} ${entry.group}` : entry.check.label;
      const ratio =
        entry.value > before
          ? `${Math.round(entry.value / before)}×`
          : `1/${Math.round(before / entry.value)}`;
      report.warning({
        code: 'IMPLAUSIBLE_CHANGE',
        message: `${what} of region ${entry.region} is ${entry.value} in ${entry.year} against ${before} in ${entry.year - 1} (${ratio}); is the unit right (元 or 万元)?`,
      });
    }
  }
}
