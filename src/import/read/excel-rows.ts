import type { RawCell } from '../parse/cells';
import type { SheetRow } from './sheet-source';

/** The number format the reader gives cells of a percent style; only its identity matters. */
const PERCENT_FORMAT = '0%';

/** Cell styles as exceljs's worksheet reader asks for them, by a cell's `s`. */
export interface CellStyles {
  getStyleModel(id: number): { numFmt: string } | undefined;
}

/** Styles as the worksheet reader asks for them: only percent ones exist, with one shared model. */
export function percentStyles(ids: readonly number[]): CellStyles {
  const model = { numFmt: PERCENT_FORMAT };
  const percent = new Set(ids);
  return { getStyleModel: (id) => (percent.has(id) ? model : undefined) };
}

interface ExcelCell {
  col: number;
  style?: { numFmt?: string };
}

/** A row as exceljs's worksheet reader gives it. */
export interface ExcelRow {
  number: number;
  values: RawCell[];
  _cells?: (ExcelCell | undefined)[];
}

/**
 * exceljs rows are 1-based and sparse; ours start at column A. When the workbook has percent
 * styles (`percents`), a number shown as a percentage becomes `{ percent }` (0.425 for 42.5%).
 * A cell exceljs gives as `{ sharedString: n }` refers to shared strings the workbook does not
 * have: every text would be missing, so the read stops rather than go on.
 */
export function toSheetRow(row: ExcelRow, percents = false): SheetRow {
  const values = row.values;
  const cells = new Array<RawCell>(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i += 1) {
    const value = values[i] ?? null;
    if (typeof value === 'string') {
      cells[i - 1] = detached(value);
    } else if (typeof value === 'object' && value !== null && 'sharedString' in value) {
      throw new Error(SHARED_STRINGS_LOST);
    } else {
      cells[i - 1] = value;
    }
  }
  for (const cell of percents ? (row._cells ?? []) : []) {
    if (cell?.style?.numFmt === PERCENT_FORMAT && cell.col - 1 < cells.length) {
      cells[cell.col - 1] = asPercent(cells[cell.col - 1]);
    }
  }
  return { number: row.number, cells };
}

/** A number (or a formula's numeric result) marked as shown with a percent format. */
function asPercent(cell: RawCell): RawCell {
  if (typeof cell === 'number') {
    return { percent: cell };
  }
  if (cell && typeof cell === 'object' && 'formula' in cell && typeof cell.result === 'number') {
    return { ...cell, result: { percent: cell.result } };
  }
  return cell;
}

export const SHARED_STRINGS_LOST =
  'a sheet refers to shared strings, but the workbook has no xl/sharedStrings.xml part';

/**
 * The same text, not tied to the chunk of XML it was read from. V8 represents a longer substring
 * as a view of its parent string, so one cell kept for a moment keeps the whole decoded chunk
 * (64 KiB of XML) alive: kept across a young-generation collection, it is promoted and stays
 * until the next full one. Concatenating and slicing copies the few characters instead.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
