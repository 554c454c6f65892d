import { formatNumber, roundTo } from './numeral';
import { fail, ok, quote, type Parsed } from './result';

/** What exceljs gives as `cell.value`. */
export type RawCell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { error: string }
  | { text: string; hyperlink: string }
  /** A number shown with a percent format: 0.425 is what Excel stores for 42.5%. */
  | { percent: number };

export type CellScalar = string | number | Date | boolean;

/**
 * Reduces an exceljs cell value to a plain scalar. Formulas count by their cached result, as the
 * clerk saw it in Excel; we never evaluate a formula ourselves.
 */
export function unwrapCell(raw: RawCell): Parsed<CellScalar> {
  return unwrap(raw, 0);
}

function unwrap(raw: unknown, depth: number): Parsed<CellScalar> {
  if (raw === null || raw === undefined) {
    return ok(null);
  }
  if (isScalar(raw)) {
    return ok(raw);
  }
  if (typeof raw !== 'object' || depth > 2) {
    return fail(
      'UNSUPPORTED_CELL_VALUE',
      `cell holds a value of an unsupported kind: ${quote(raw)}`,
    );
  }
  if ('error' in raw) {
    return errorValue((raw as { error: unknown }).error);
  }
  if ('percent' in raw) {
    return ok(shownPercent(raw.percent));
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    return formulaResult(raw as { formula?: string; sharedFormula?: string; result?: unknown });
  }
  if ('richText' in raw && Array.isArray(raw.richText)) {
    return ok(raw.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
  }
  if ('text' in raw) {
    // The hyperlink's text may itself be rich text.
    return unwrap(raw.text, depth + 1);
  }
  return fail('UNSUPPORTED_CELL_VALUE', 'cell holds a value of an unsupported kind');
}

function formulaResult(cell: { formula?: string; sharedFormula?: string; result?: unknown }) {
  const formula = cell.formula ?? cell.sharedFormula ?? '';
  // A workbook written by a generator (not by Excel or WPS) may store formulas without results.
  if (cell.result === undefined || cell.result === null) {
    return fail<CellScalar>(
      'FORMULA_WITHOUT_RESULT',
      `formula =${formula} has no stored result; open the file in Excel or WPS and save it again`,
      { formula },
    );
  }
  const result = cell.result;
  if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
    return errorValue(result.error, formula);
  }
  // A reader that drops the error's name still leaves no number (NaN).
  if (typeof result === 'number' && Number.isNaN(result)) {
    return errorValue(null, formula);
  }
  return unwrap(result, 1);
}

// What each of Excel's error values means, so the clerk knows what to correct.
const ERROR_MEANINGS: Record<string, string> = {
  '#DIV/0!': 'a division by zero',
  '#REF!': 'a reference to cells that were deleted',
  '#N/A': 'a lookup that found no value',
  '#VALUE!': 'a value of the wrong kind in the calculation',
  '#NAME?': 'a function or name Excel does not know',
  '#NUM!': 'a number that cannot be calculated',
  '#NULL!': 'ranges that do not meet',
  '#SPILL!': 'a result that has no room to spill into',
  '#CALC!': 'a calculation Excel could not finish',
};

function errorValue(error: unknown, formula?: string): Parsed<CellScalar> {
  const name = error === null ? 'an error value' : String(error);
  const meaning = ERROR_MEANINGS[name.toUpperCase()];
  const shown = meaning ? `${name} (${meaning})` : name;
  if (formula === undefined) {
    return fail('CELL_ERROR_VALUE', `cell holds the error value ${shown}; type the figure instead`);
  }
  return fail(
    'CELL_ERROR_VALUE',
    `formula =${formula} gives ${error === null ? shown : `the error value ${shown}`}: saving again will not change it; correct the formula or type the figure`,
    error === null ? { formula } : { formula, error: name },
  );
}

/**
 * A percent-formatted number as the clerk saw it: 0.425 → "42.5%". Read as that text, it is a
 * rate where a column takes one and an error anywhere else.
 */
function shownPercent(fraction: unknown): string {
  return typeof fraction === 'number' && Number.isFinite(fraction)
    ? `${formatNumber(roundTo(fraction * 100, 10))}%`
    : String(fraction);
}

function isScalar(raw: unknown): raw is CellScalar {
  return (
    typeof raw === 'string' ||
    typeof raw === 'number' ||
    typeof raw === 'boolean' ||
    raw instanceof Date
  );
}
