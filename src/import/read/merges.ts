import type { RawCell } from '../parse/cells';
import type { MergeRange, SheetRow } from './sheet-source';

/**
 * Gives every cell of a merged range the value of its first cell, as a clerk reading the sheet
 * sees it: a county name merged down over its rows applies to each of them. Rows must come in
 * order; only the ranges' first cells are remembered, so memory grows with the merges.
 */
export function mergeFiller(ranges: readonly MergeRange[]): (row: SheetRow) => SheetRow {
  if (ranges.length === 0) {
    return (row) => row;
  }
  const byTop = new Map<number, MergeRange[]>();
  for (const range of ranges) {
    byTop.set(range.top, [...(byTop.get(range.top) ?? []), range]);
  }
  const open: { range: MergeRange; value: RawCell }[] = [];
  return (row) => {
    for (const range of byTop.get(row.number) ?? []) {
      open.push({ range, value: row.cells[range.left - 1] ?? null });
    }
    for (const { range, value } of open) {
      if (row.number <= range.bottom) {
        fill(row.cells, range, value);
      }
    }
    removeClosed(open, row.number);
    return row;
  };
}

function fill(cells: RawCell[], range: MergeRange, value: RawCell): void {
  for (let col = range.left; col <= range.right; col += 1) {
    const current = cells[col - 1];
    if (current === null || current === undefined || current === '') {
      cells[col - 1] = value;
    }
  }
}

function removeClosed(open: { range: MergeRange }[], rowNumber: number): void {
  for (let i = open.length - 1; i >= 0; i -= 1) {
    if (open[i].range.bottom <= rowNumber) {
      open.splice(i, 1);
    }
  }
}
