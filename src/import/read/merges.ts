import type { RawCell } from '../parse/cells';
import { tooManyMerges } from './refusal';
import type { MergeRange, SheetRow } from './sheet-source';

/** More merged ranges than this on one sheet refuse the workbook; ledgers have hundreds. */
export const MAX_MERGED_RANGES = 100_000;
/**
 * More cells than this covered by a sheet's merged ranges refuse it: each covered cell is filled
 * in every row read, so a few ranges over the whole grid would cost billions of writes. A county
 * merged down a million-row ledger covers a million.
 */
export const MAX_MERGED_CELLS = 10_000_000;
// Excel's grid: 16,384 columns (XFD) by 1,048,576 rows.
const GRID: MergeRange = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };

/**
 * A sheet's merged ranges clipped to its used range (`<dimension>`, else Excel's grid); ranges
 * wholly outside it are dropped. Throws the refusal naming the sheet when they pass a limit.
 */
export function clipMerges(
  sheet: string,
  ranges: readonly MergeRange[],
  used: MergeRange | undefined,
): MergeRange[] {
  if (ranges.length > MAX_MERGED_RANGES) {
    throw tooManyMerges(sheet, MAX_MERGED_RANGES, 'ranges');
  }
  const bounds = intersect(used ?? GRID, GRID) ?? GRID;
  const clipped: MergeRange[] = [];
  let cells = 0;
  for (const range of ranges) {
    const inside = intersect(range, bounds);
    if (inside) {
      cells += (inside.bottom - inside.top + 1) * (inside.right - inside.left + 1);
      clipped.push(inside);
    }
  }
  if (cells > MAX_MERGED_CELLS) {
    throw tooManyMerges(sheet, MAX_MERGED_CELLS, 'cells');
  }
  return clipped;
}

function intersect(a: MergeRange, b: MergeRange): MergeRange | null {
  const range = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return range.top <= range.bottom && range.left <= range.right ? range : null;
}

/**
 * Gives every cell of a merged range the value of its first cell, as a clerk reading the sheet
 * sees it: a county name merged down over its rows applies to each of them. Rows must come in
 * order. The ranges are sorted once by their top row and opened as the rows reach them, so a
 * row costs only the ranges over it (their cells are bounded by clipMerges), not every range.
 */
export function mergeFiller(ranges: readonly MergeRange[]): (row: SheetRow) => SheetRow {
  if (ranges.length === 0) {
    return (row) => row;
  }
  const byTop = [...ranges].sort((a, b) => a.top - b.top);
  let next = 0;
  let open: { range: MergeRange; value: RawCell }[] = [];
  return (row) => {
    // Ranges whose top row is missing from the sheet (an empty row) have nothing to fill with.
    for (; next < byTop.length && byTop[next].top <= row.number; next += 1) {
      const range = byTop[next];
      if (range.top === row.number) {
        open.push({ range, value: row.cells[range.left - 1] ?? null });
      }
    }
    for (const { range, value } of open) {
      if (row.number <= range.bottom) {
        fill(row.cells, range, value);
      }
    }
    if (open.some(({ range }) => range.bottom <= row.number)) {
      open = open.filter(({ range }) => range.bottom > row.number);
    }
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
