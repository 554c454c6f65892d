/** A cell as a clerk fills it: a plain value, or one whose number format or formula matters. */
export type Cell = string | number | boolean | Date | null | undefined | Formatted | Formula | Rich;

/** A value shown through a number format: 0.425 under `0.0%` is what the clerk saw as 42.5%. */
export interface Formatted {
  value: string | number | Date;
  numFmt: string;
}

/** A formula saved with its cached result, which may be an error value such as #DIV/0!. */
export interface Formula {
  formula: string;
  result: number | string | { error: string };
  numFmt?: string;
}

/** Text in runs, as WPS writes a header whose `*` required mark is red. */
export interface Rich {
  richText: { text: string; font?: { color?: { argb: string }; bold?: boolean } }[];
}

/** One sheet, rows from row 1; a merged range's value sits in its first cell only. */
export interface GridSheet {
  name: string;
  rows: Cell[][];
  /** Ranges such as 'A1:H1'. */
  merges?: string[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** 1-based row numbers hidden in Excel. */
  hiddenRows?: number[];
  /** Column letters hidden in Excel. */
  hiddenColumns?: string[];
  /** Rows and columns frozen above and left of the data. */
  frozen?: { rows?: number; columns?: number };
  /** Sheet protection (not encryption): a password to edit, none to open. */
  password?: string;
}

/** The date format of a Chinese clerk's Excel: 2023年5月8日. */
export const CN_DATE = 'yyyy"年"m"月"d"日"';

export const fmt = (value: Formatted['value'], numFmt: string): Formatted => ({ value, numFmt });

export const fx = (formula: string, result: Formula['result'], numFmt?: string): Formula => ({
  formula,
  result,
  numFmt,
});

/** A header with a red `*` run before its words. */
export const starred = (text: string): Rich => ({
  richText: [{ text: '*', font: { color: { argb: 'FFFF0000' } } }, { text }],
});

/** A calendar day as Excel stores it (exceljs counts serials from UTC midnight). */
export function day(iso: string): Date {
  const [year, month, date] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** What a cell shows, for the accounting: its cached value, or null when it is empty. */
export function shown(cell: Cell): string | number | boolean | Date | null {
  if (cell === null || cell === undefined) {
    return null;
  }
  if (typeof cell === 'string') {
    return cell.trim() === '' ? null : cell;
  }
  if (typeof cell !== 'object' || cell instanceof Date) {
    return cell;
  }
  if ('richText' in cell) {
    return cell.richText.map((run) => run.text).join('');
  }
  if ('formula' in cell) {
    const { result } = cell;
    return typeof result === 'object' ? result.error : result;
  }
  return cell.value;
}

/** Column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
