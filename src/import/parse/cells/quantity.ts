import { formatNumber, parseNumeral, roundTo } from './numeral';
import { unwrapCell, type CellScalar, type RawCell } from './raw';
import { fail, ok, quote, type Parsed } from './result';
import { isEmptyMarker, normalizeText } from './text';

/** A number read from text, with the unit word that followed it (if it was one of `units`). */
export interface Quantity {
  value: number;
  approximate: boolean;
  unit: string | null;
}

// "约200", "近200", "5400余件", "100多场", "200+", "200人左右", "200人以上".
const APPROX_BEFORE = /^(大约|约|近|逾|超过)/;
const APPROX_AFTER = /(余|多|\+|左右|以上)$/;
const ORDINAL = /^第/;
// A shared place: "并列3", "并列第三名", "第3名（并列）" are the place itself.
const TIED = /^并列|\(?并列\)?$/;

/**
 * Reads "5400余件", "约5万平方米", "第八名" or "并列3": an optional approximate marker or 第, the number,
 * then optionally 余/多/+ and one unit word from `units` (matched case-insensitively, longest
 * first). Returns null when what is left is not a number.
 */
export function readQuantity(text: string, units: readonly string[]): Quantity | null {
  // "12 支" and "约 200" lose their spaces; "5 6" keeps its own and is no number.
  let rest = normalizeText(text)
    .replace(/(?<!\d) | (?!\d)/g, '')
    .toLowerCase();
  const strip = (pattern: RegExp): boolean => {
    const before = rest;
    rest = rest.replace(pattern, '');
    return rest !== before;
  };
  strip(TIED);
  let approximate = strip(APPROX_BEFORE);
  strip(ORDINAL);
  approximate = strip(APPROX_AFTER) || approximate;
  const unit = longestSuffix(rest, units);
  if (unit !== null) {
    rest = rest.slice(0, -unit.length);
    approximate = strip(APPROX_AFTER) || approximate;
  }
  const value = parseNumeral(rest);
  return value === null ? null : { value, approximate, unit };
}

function longestSuffix(text: string, units: readonly string[]): string | null {
  let best: string | null = null;
  for (const unit of units) {
    const longer = unit.length > (best?.length ?? 0);
    if (longer && text.length > unit.length && text.endsWith(unit.toLowerCase())) {
      best = unit;
    }
  }
  return best;
}

/** A quantity read from a cell, with the cell as the clerk sees it for messages. */
export interface CellQuantity extends Quantity {
  source: string;
}

/** Unwraps a cell and reads it as `readQuantity` does; Excel numbers carry no unit. */
export function parseQuantityCell(raw: RawCell, units: readonly string[]): Parsed<CellQuantity> {
  const cell = unwrapCell(raw);
  if (!cell.ok) {
    return cell;
  }
  const value = cell.value;
  if (value === null || (typeof value === 'string' && isEmptyMarker(value))) {
    return ok(null);
  }
  const source = typeof value === 'string' ? normalizeText(value) : formatCell(value);
  const read = readCell(value, units);
  if (read === null) {
    return isPercentage(source)
      ? fail(
          'PERCENT_NOT_ALLOWED',
          `${quote(source)} is a percentage, but this column holds no rate`,
        )
      : fail('NOT_A_NUMBER', `${quote(source)} is not a number`);
  }
  if (!Number.isFinite(read.value)) {
    return fail('NUMBER_TOO_LARGE', `${quote(source)} is too large to be a ledger figure`);
  }
  if (read.value < 0) {
    return fail('NEGATIVE_NUMBER', `${quote(source)} is negative; a ledger figure cannot be`);
  }
  return ok({ ...read, value: read.value + 0, source }, read.approximate);
}

function isPercentage(text: string): boolean {
  return readQuantity(text, ['%'])?.unit === '%';
}

function readCell(value: CellScalar, units: readonly string[]): Quantity | null {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { value: roundTo(value, 10), approximate: false, unit: null }
      : null;
  }
  return typeof value === 'string' ? readQuantity(value, units) : null;
}

function formatCell(value: CellScalar): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  }
  return typeof value === 'number' ? formatNumber(value) : String(value);
}
