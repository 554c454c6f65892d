import {
  daysInMonth,
  isoDay,
  parseDateText,
  type DateRange,
  type PartialDate,
} from './date-resolve';
import { unwrapCell, type CellScalar, type RawCell } from './raw';
import { fail, ok, quote, type Parsed } from './result';
import { isEmptyMarker } from './text';

export type { DatePrecision, DateRange, PartialDate } from './date-resolve';

// Excel serials 20000–80000 span 1954–2119: anything else in a date column is not a date.
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const SERIAL_UNIX_EPOCH = 25569;
const DAY_MS = 86400000;
// Typed as 2021.1 or 2021.10, Excel keeps the number 2021.1 either way.
const AMBIGUOUS_MONTH = /^\d{4}\.1$/;

/**
 * Reads a date or a date range. `defaultYear` (of the row, sheet or workbook) completes "7月1日";
 * without it such a cell is an error rather than a guess.
 */
export function parseDateRange(raw: RawCell, defaultYear: number | null): Parsed<DateRange> {
  const cell = unwrapCell(raw);
  if (!cell.ok) {
    return cell;
  }
  const value = cell.value;
  if (value === null || (typeof value === 'string' && isEmptyMarker(value))) {
    return ok(null);
  }
  if (typeof value === 'string') {
    const serial = serialOfText(value);
    return serial === null ? parseDateText(value, defaultYear) : single(fromScalar(serial));
  }
  const typed = typedAsNumber(value);
  if (typed !== null) {
    return parseDateText(typed, defaultYear);
  }
  return single(fromScalar(value));
}

function single(start: Parsed<PartialDate>): Parsed<DateRange> {
  return start.ok ? ok(start.value && { start: start.value, end: null }) : start;
}

/**
 * A CSV has no cell types: a date Excel wrote into one arrives as its serial number, "44652"
 * (2022-04-01). Five digits in a date column are a serial; no date is written that way.
 */
function serialOfText(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{5}(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/** Reads a single date; a range here is an error, since the column has no end date. */
export function parseDate(raw: RawCell, defaultYear: number | null): Parsed<PartialDate> {
  const range = parseDateRange(raw, defaultYear);
  if (!range.ok) {
    return range;
  }
  if (range.value?.end) {
    return fail(
      'DATE_RANGE_NOT_ALLOWED',
      `${quote(shownOf(raw))} is a range; one date was expected`,
    );
  }
  return ok(range.value && range.value.start);
}

/** The last day a partial date covers: 2022-02 → 2022-02-28, 2022 → 2022-12-31. */
export function lastDayOf(partial: PartialDate): string {
  const [year, month] = partial.date.split('-').map(Number);
  if (partial.precision === 'YEAR') {
    return `${year}-12-31`;
  }
  return partial.precision === 'MONTH'
    ? isoDay(year, month, daysInMonth(year, month))
    : partial.date;
}

/** What Excel stored as a number because the clerk typed digits: 20210701, 2021.7. */
function typedAsNumber(value: Exclude<CellScalar, string>): string | null {
  const text = typeof value === 'number' ? String(value) : '';
  if (/^(19|20|21)\d{6}$/.test(text)) {
    return text;
  }
  return /^\d{4}\.\d{1,2}$/.test(text) && !AMBIGUOUS_MONTH.test(text) ? text : null;
}

function fromScalar(value: number | boolean | Date): Parsed<PartialDate> {
  if (typeof value === 'boolean') {
    return fail('NOT_A_DATE', `${quote(value)} is not a date`);
  }
  if (value instanceof Date) {
    return fromDate(value);
  }
  // A year typed alone is stored by Excel as the number 2022.
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
    return ok({ date: isoDay(value, 1, 1), precision: 'YEAR' });
  }
  if (AMBIGUOUS_MONTH.test(String(value))) {
    return fail(
      'AMBIGUOUS_DATE',
      `${quote(value)} may mean January or October (Excel drops the 0 of 2021.10); type it as 2021-10`,
    );
  }
  if (!(value >= SERIAL_MIN && value <= SERIAL_MAX)) {
    return fail('DATE_OUT_OF_RANGE', `${quote(value)} is not a plausible Excel date`);
  }
  return fromDate(new Date((Math.floor(value) - SERIAL_UNIX_EPOCH) * DAY_MS));
}

// exceljs builds Dates at UTC midnight, so the UTC parts are the day the clerk typed.
function fromDate(date: Date): Parsed<PartialDate> {
  const serial = date.getTime() / DAY_MS + SERIAL_UNIX_EPOCH;
  if (!(serial >= SERIAL_MIN && serial < SERIAL_MAX + 1)) {
    return fail('DATE_OUT_OF_RANGE', `${quote(date)} is not a plausible ledger date`);
  }
  const day = isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return ok({ date: day, precision: 'DAY' });
}

function shownOf(raw: RawCell): unknown {
  const cell = unwrapCell(raw);
  return cell.ok ? cell.value : raw;
}
