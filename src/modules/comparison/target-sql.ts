import type { RegionIndex } from '../../regions/region-index';

/**
 * The regions whose rows count for each compared region — itself, and with descendants its whole
 * subtree — as (target, region) pairs worked out from the in-memory region tree, so the database
 * joins on plain equality.
 */
export function targetPairs(
  regions: RegionIndex,
  targets: readonly string[],
  includeDescendants: boolean,
): [string[], string[]] {
  const targetCodes: string[] = [];
  const regionCodes: string[] = [];
  for (const target of targets) {
    for (const code of includeDescendants ? regions.subtree(target) : [target]) {
      targetCodes.push(target);
      regionCodes.push(code);
    }
  }
  return [targetCodes, regionCodes];
}

/** SQL for the pairs, bound as two text arrays: `t(code, region_code)`. */
export const PAIRS_SQL = 'unnest(?::text[], ?::text[]) as t(code, region_code)';

/** `and <column> = any(?)` when years are given, with its binding. */
export function yearFilter(
  column: string,
  years: readonly number[] | null,
): { sql: string; bindings: number[][] } {
  return years
    ? { sql: ` and ${column} = any(?::int[])`, bindings: [[...years]] }
    : { sql: '', bindings: [] };
}
