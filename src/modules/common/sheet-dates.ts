import type { CellValue } from './sheet-definition';

/** A parsed date: the first day of the period given, and how precisely it was given. */
interface PartialDate {
  date: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}

/**
 * startDate, startPrecision and endDate from a date-or-range cell and an optional end-date cell.
 * An end known only to the month or year is stored as that period's last day.
 */
export function dateRangeCells(
  range: CellValue | undefined,
  end: CellValue | undefined,
): Record<'startDate' | 'startPrecision' | 'endDate', CellValue> {
  const r = range?.value as { start: PartialDate; end: PartialDate | null } | null | undefined;
  const e = (end?.value as PartialDate | null | undefined) ?? r?.end ?? null;
  return {
    startDate: { value: r?.start.date ?? null, approximate: false },
    startPrecision: { value: r?.start.precision ?? null, approximate: false },
    endDate: { value: e ? lastDayOf(e) : null, approximate: false },
  };
}

function lastDayOf({ date, precision }: PartialDate): string {
  const [year, month] = date.split('-').map(Number);
  if (precision === 'DAY') {
    return date;
  }
  const last =
    precision === 'YEAR' ? new Date(Date.UTC(year, 12, 0)) : new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}
