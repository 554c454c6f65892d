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
  | { text: string; hyperlink: string };

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
    return errorValue(raw.error);
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
    );
  }
  if (typeof cell.result === 'object' && !(cell.result instanceof Date) && 'error' in cell.result) {
    return errorValue(cell.result.error);
  }
  return unwrap(cell.result, 1);
}

function errorValue(error: unknown): Parsed<CellScalar> {
  return fail('CELL_ERROR_VALUE', `cell holds the error value ${String(error)}`);
}

function isScalar(raw: unknown): raw is CellScalar {
  return (
    typeof raw === 'string' ||
    typeof raw === 'number' ||
    typeof raw === 'boolean' ||
    raw instanceof Date
  );
}
