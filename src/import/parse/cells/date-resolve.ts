import { cleanDateText, splitRange, type DateParts } from './date-text';
import { fail, ok, quote, type Parsed } from './result';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date known to a day, a month or a year; `date` is the first day of that period. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

export interface DateRange {
  start: PartialDate;
  /** Null for a single date; an end of MONTH precision still holds the month's first day. */
  end: PartialDate | null;
}

interface Complete {
  year: number;
  month?: number;
  day?: number;
}

/** Reads a date text into a range, completing each side from the other and from `defaultYear`. */
export function parseDateText(text: string, defaultYear: number | null): Parsed<DateRange> {
  const shown = quote(text.trim());
  const split = splitRange(cleanDateText(text));
  const sides = split && fillBare(split[0], split[1]);
  if (!sides) {
    return fail('NOT_A_DATE', `${shown} is not a date`);
  }
  const [start, end] = sides;
  const endYearGiven = end?.year !== undefined;
  if (end) {
    start.year ??= end.year;
    end.month ??= end.day === undefined ? undefined : start.month;
  }
  start.year ??= defaultYear ?? undefined;
  if (start.year === undefined) {
    return fail(
      'YEAR_UNKNOWN',
      `${shown} names no year, and neither does the row, sheet or workbook`,
    );
  }
  if (end) {
    end.year ??= start.year;
  }
  if (!isComplete(start) || (end && !isComplete(end))) {
    return fail('NOT_A_DATE', `${shown} is not a date`);
  }
  return build(start, end, endYearGiven, shown);
}

function build(
  start: Complete,
  end: Complete | null,
  endYearGiven: boolean,
  shown: string,
): Parsed<DateRange> {
  const first = toPartial(start);
  let last = end && toPartial(end);
  if (!first || (end && !last)) {
    return fail('INVALID_DATE', `${shown} is not a valid calendar date`);
  }
  if (end && last && last.date < first.date && !endYearGiven) {
    // "12月28日至1月3日": an end without a year of its own falls in the next year.
    last = toPartial({ ...end, year: end.year + 1 });
  }
  if (last && last.date < first.date) {
    return fail('DATE_RANGE_REVERSED', `${shown} ends before it starts`);
  }
  return ok({ start: first, end: last });
}

/** A lone number takes the finest unit of the other side: "6-12月" is June to December. */
function fillBare(start: DateParts, end: DateParts | null): [DateParts, DateParts | null] | null {
  if (!end) {
    return start.bare === undefined ? [{ ...start }, null] : null;
  }
  if (start.bare !== undefined && end.bare !== undefined) {
    return null;
  }
  const a = start.bare === undefined ? { ...start } : asFinestOf(start.bare, end);
  const b = end.bare === undefined ? { ...end } : asFinestOf(end.bare, start);
  return a && b ? [a, b] : null;
}

function asFinestOf(value: number, other: DateParts): DateParts | null {
  if (other.day !== undefined) {
    return { day: value };
  }
  return other.month !== undefined ? { month: value } : null;
}

function isComplete(parts: DateParts): parts is Complete {
  return parts.year !== undefined && (parts.day === undefined || parts.month !== undefined);
}

function toPartial({ year, month, day }: Complete): PartialDate | null {
  if (month === undefined) {
    return { date: isoDay(year, 1, 1), precision: 'YEAR' };
  }
  if (month < 1 || month > 12) {
    return null;
  }
  if (day === undefined) {
    return { date: isoDay(year, month, 1), precision: 'MONTH' };
  }
  const valid = day >= 1 && day <= daysInMonth(year, month);
  return valid ? { date: isoDay(year, month, day), precision: 'DAY' } : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
