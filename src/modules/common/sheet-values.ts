import type { CellValue, ColumnDef } from './sheet-definition';

/**
 * The values of `keys` in order, taken from `derived` first and then from the parsed cells,
 * with the stored names of the fields given as approximate.
 */
export function fieldValues(
  keys: readonly string[],
  cells: ReadonlyMap<string, CellValue>,
  derived: Readonly<Record<string, CellValue>>,
  columns: readonly ColumnDef[],
): { values: unknown[]; approximate: string[] } {
  const approximate: string[] = [];
  const values = keys.map((key) => {
    const cell = derived[key] ?? cells.get(key);
    if (cell?.approximate) {
      approximate.push(columns.find((c) => c.key === key)?.field ?? key);
    }
    return cell?.value ?? null;
  });
  return { values, approximate };
}
