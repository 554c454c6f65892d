/** One problem with one cell; the batch report adds sheet, row and column around it. */
export interface CellProblem {
  /** Stable SCREAMING_SNAKE code that clients may switch on. */
  code: string;
  /** English sentence for the clerk; it quotes the raw value so the cell can be found. */
  message: string;
  /** The values the message is built from, for saying it in the clerk's language. */
  params?: Readonly<Record<string, string | number>>;
}

/**
 * What parsing one cell gives. `value: null` means "not reported" (a blank cell or an empty
 * marker such as — or 无), which the ledger must keep apart from 0.
 */
export type Parsed<T> =
  | { ok: true; value: T | null; approximate: boolean; warnings: CellProblem[] }
  | { ok: false; error: CellProblem };

export function ok<T>(
  value: T | null,
  approximate = false,
  warnings: CellProblem[] = [],
): Parsed<T> {
  return { ok: true, value, approximate, warnings };
}

export function fail<T>(code: string, message: string, params?: CellProblem['params']): Parsed<T> {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}

/** Quotes a raw value for a message: `"5400余件"`, `"3.5"`, `"2021-07-01"`. */
export function quote(value: unknown): string {
  if (value instanceof Date) {
    return JSON.stringify(
      Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10),
    );
  }
  return JSON.stringify(String(value));
}
