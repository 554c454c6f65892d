import type { RawCell } from '../parse/cells';

/** One row as read: its Excel row number and its cells, index 0 = column A. */
export interface SheetRow {
  number: number;
  cells: RawCell[];
}

/** One sheet, its rows streamed in order a batch at a time (no promise per row). */
export interface SheetSource {
  name: string;
  hidden: boolean;
  rows: AsyncIterable<readonly SheetRow[]>;
}

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B3:D4" → its range. */
export function parseRange(ref: string): MergeRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) {
    return null;
  }
  return {
    left: columnNumber(m[1]),
    top: Number(m[2]),
    right: columnNumber(m[3]),
    bottom: Number(m[4]),
  };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
