import { isEmptyMarker, type Parsed, type RawCell } from './cells';
import type { CellProblem } from './cells/result';
import { MAX_COUNT } from './cells/number';
import { roundTo } from './cells/numeral';

// A plain string: no whitespace to fold, no full-width ASCII, nothing normalizeText would change.
export const PLAIN = /^[^\s\u3000\u00a0\u200b\ufeff\uFF01-\uFF5E]+$/;
const DASH_START = /^[-_\u2010-\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63]/;
// Shared by every shortcut result: no parser adds to a result's warnings once it is made.
const NO_WARNINGS: CellProblem[] = [];
const OK_NULL: Parsed<never> = { ok: true, value: null, approximate: false, warnings: NO_WARNINGS };

/**
 * Shortcuts for the cells a million-row ledger is made of (plain numbers, plain text). Each
 * returns the same result as the full parser or undefined to hand the cell to it. Results are
 * not to be changed: parse-row keeps them as the cells' values.
 */
export function fastText(raw: RawCell): Parsed<string> | undefined {
  if (raw === null || raw === undefined) {
    return OK_NULL;
  }
  // Empty markers are short (无, 不详) or all dashes: only those few texts take the long check.
  if (
    typeof raw === 'string' &&
    PLAIN.test(raw) &&
    !(raw.length <= 2 || DASH_START.test(raw) ? isEmptyMarker(raw) : false)
  ) {
    return { ok: true, value: raw, approximate: false, warnings: NO_WARNINGS };
  }
  return undefined;
}

export function fastCount(raw: RawCell): Parsed<number> | undefined {
  if (raw === null || raw === undefined) {
    return OK_NULL;
  }
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 && raw <= MAX_COUNT
    ? { ok: true, value: raw, approximate: false, warnings: NO_WARNINGS }
    : undefined;
}

export function fastDecimal(raw: RawCell): Parsed<number> | undefined {
  if (raw === null || raw === undefined) {
    return OK_NULL;
  }
  if (typeof raw !== 'number' || !(raw >= 0) || !Number.isFinite(raw) || raw > 1e12) {
    return undefined;
  }
  return { ok: true, value: roundLike(raw, 10), approximate: false, warnings: NO_WARNINGS };
}

/** A number scaled by a unit known from the header (万元 → yuan): rounded as the full parser does. */
export function fastScaled(
  raw: RawCell,
  factor: number | null,
  digits: number,
): Parsed<number> | undefined {
  if (factor === null) {
    return raw === null || raw === undefined ? OK_NULL : undefined;
  }
  const plain = fastDecimal(raw);
  if (!plain?.ok || plain.value === null) {
    return plain;
  }
  const value = roundLike(plain.value * factor, digits);
  return { ok: true, value, approximate: false, warnings: NO_WARNINGS };
}

// Below this, a number shifted by its digits is off its exact decimal shift by far less than 1/4.
const EXACT_SHIFT = 2 ** 48;

/**
 * What roundTo answers (the full parsers round so), without its two conversions through text
 * where they cannot change the answer: an integer is itself, and a number whose shift lies well
 * clear of a half rounds the same either way. Only the rest (1.005, huge figures) takes roundTo.
 */
function roundLike(value: number, digits: number): number {
  if (Number.isInteger(value)) {
    return value;
  }
  const scale = 10 ** digits;
  const shifted = value * scale;
  const nearest = Math.round(shifted);
  return Math.abs(shifted) < EXACT_SHIFT && Math.abs(shifted - nearest) < 0.25
    ? nearest / scale
    : roundTo(value, digits);
}

/**
 * Remembers what a column's parser made of each distinct text: enum words, region names and
 * dates repeat thousands of times in a large ledger. Bounded, so a column of unique texts only
 * costs the lookups.
 */
export class CellCache<T> {
  private readonly map = new Map<string, Parsed<T>>();

  constructor(private readonly limit = 20000) {}

  get(raw: RawCell, parse: (raw: RawCell) => Parsed<T>): Parsed<T> {
    if (typeof raw !== 'string') {
      return parse(raw);
    }
    const hit = this.map.get(raw);
    if (hit) {
      return hit;
    }
    const parsed = parse(raw);
    if (this.map.size < this.limit) {
      this.map.set(raw, parsed);
    }
    return parsed;
  }
}
