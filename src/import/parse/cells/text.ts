import { unwrapCell, type RawCell } from './raw';
import { fail, ok, type Parsed } from './result';
import { formatNumber } from './numeral';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Folds full-width ASCII (Ａ, １, （, ：) and the ideographic space to plain ASCII, trims, and
 * collapses inner whitespace: clerks type in a Chinese input method and copy from Word.
 */
export function normalizeText(s: string): string {
  return s
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}

// Every dash a Chinese input method or Word's autocorrect produces, alone or repeated.
const DASHES = /^[-_\u2010-\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63]+$/;
const EMPTY_WORDS = new Set(['', '/', '\\', '无', '不详', '暂无']);

/** True for a blank and for the markers clerks use for "not reported": —, -, /, 无, 不详, 暂无. */
export function isEmptyMarker(s: string): boolean {
  const text = normalizeText(s).replace(/ /g, '');
  return EMPTY_WORDS.has(text) || DASHES.test(text);
}

/** Text cells: normalized as `normalizeText`; numbers and dates are written back as text. */
export function parseText(raw: RawCell): Parsed<string> {
  const cell = unwrapCell(raw);
  if (!cell.ok) {
    return cell;
  }
  const value = cell.value;
  if (value === null) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return ok(formatNumber(value));
  }
  if (value instanceof Date) {
    // exceljs gives Invalid Date for a date-formatted number Excel shows as ####: not blank.
    return Number.isNaN(value.getTime())
      ? fail('INVALID_DATE', 'cell holds a date Excel cannot show (####)')
      : ok(value.toISOString().slice(0, 10));
  }
  const text = normalizeText(String(value));
  return isEmptyMarker(text) ? ok(null) : ok(text);
}
