import { MEASURE_WORDS } from './number';
import { parseQuantityCell } from './quantity';
import type { RawCell } from './raw';
import { fail, ok, quote, type Parsed } from './result';

/** A cell of a column that may hold percentages; `percent` says the cell was written as one. */
export type PercentParsed = Parsed<number> & { percent?: boolean };

const UNITS = [...MEASURE_WORDS, '%'];

/**
 * A figure that may be written as a percentage: "42.5%", "93.1％", or the number 0.425 that
 * Excel shows as 42.5%, are 42.5 (percent points, what the clerk saw) and marked `percent`;
 * anything else reads as parseDecimal reads it. The sheet decides whether its row takes a rate.
 */
export function parseDecimalOrPercent(raw: RawCell): PercentParsed {
  const parsed = parseQuantityCell(raw, UNITS);
  if (!parsed.ok || parsed.value === null) {
    return parsed.ok ? ok(null) : parsed;
  }
  const result = ok(parsed.value.value, parsed.approximate);
  return parsed.value.unit === '%' ? { ...result, percent: true } : result;
}

/** A rate in percent points ("42.5%", 42.5, or 0.425 shown as 42.5%): it lies in 0–100. */
export function parsePercent(raw: RawCell): PercentParsed {
  const parsed = parseDecimalOrPercent(raw);
  if (parsed.ok && parsed.value !== null && parsed.value > 100) {
    return fail('RATE_OUT_OF_RANGE', rateOutOfRange(parsed.value));
  }
  return parsed;
}

export function rateOutOfRange(value: number): string {
  return `${quote(`${value}%`)} is not a rate: a share of people or things lies between 0% and 100%`;
}
