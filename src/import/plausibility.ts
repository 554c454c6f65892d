import type { Knex } from '@mikro-orm/postgresql';
import type { PlausibilityCheck, SheetDefinition } from '../modules/common/sheet-definition';
import type { ReportBuilder } from './report';

const FACTOR = 100;

/** This batch's sums per check, region, year and group, gathered while rows are written. */
export class PlausibilitySums {
  readonly sums = new Map<
    string,
    {
      definition: SheetDefinition;
      check: PlausibilityCheck;
      region: string;
      year: number;
      group: string;
      value: number;
    }
  >();

  private readonly positions = new Map<SheetDefinition, CheckPosition[]>();

  add(definition: SheetDefinition, region: string, year: number, values: readonly unknown[]): void {
    for (const { check, value: at, group: groupAt } of this.positionsOf(definition)) {
      const value = values[at];
      if (typeof value !== 'number') {
        continue;
      }
      const group = groupAt === null ? '' : String(values[groupAt]);
      const key = `${definition.table}|${check.column}|${region}|${year}|${group}`;
      const entry = this.sums.get(key);
      if (entry) {
        entry.value += value;
      } else {
        this.sums.set(key, { definition, check, region, year, group, value });
      }
    }
  }

  // Where each check's value (and group) sit among the kind's columns, found once per kind.
  private positionsOf(definition: SheetDefinition): CheckPosition[] {
    let positions = this.positions.get(definition);
    if (!positions) {
      const at = (name: string) => definition.dbColumns.findIndex((c) => c.name === name);
      positions = (definition.plausibility ?? []).map((check) => ({
        check,
        value: at(check.column),
        group: check.groupBy ? at(check.groupBy) : null,
      }));
      this.positions.set(definition, positions);
    }
    return positions;
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
  const entries = [...sums.sums.values()].filter((e) => e.value > 0);
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
