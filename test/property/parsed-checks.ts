import type { DateRange, Parsed, PartialDate } from '../../src/import/parse/cells';

// Checks a property applies to a parser's answer; each throws with what was wrong, so fast-check
// shrinks to the smallest cell that breaks it.

const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const PRECISIONS = ['DAY', 'MONTH', 'YEAR'];

function check(condition: boolean, what: string, value: unknown): void {
  if (!condition) {
    throw new Error(`${what}: ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? String(v) : v));
  } catch {
    return String(value);
  }
}

function checkProblem(problem: unknown): void {
  const { code, message } = (problem ?? {}) as { code?: unknown; message?: unknown };
  check(typeof code === 'string' && CODE.test(code), 'a problem without a stable code', problem);
  check(typeof message === 'string' && message.trim() !== '', 'a problem without words', problem);
}

/** A value or an issue: ok with its flags and warnings, or an error with a code and a message. */
export function checkParsed<T>(parsed: Parsed<T>, checkValue: (value: T) => void): void {
  check(typeof parsed === 'object' && parsed !== null, 'no answer', parsed);
  if (!parsed.ok) {
    check(parsed.ok === false, 'neither ok nor failed', parsed);
    checkProblem(parsed.error);
    return;
  }
  check(typeof parsed.approximate === 'boolean', 'approximate is not a flag', parsed);
  check(Array.isArray(parsed.warnings), 'warnings are not a list', parsed);
  parsed.warnings.forEach(checkProblem);
  check(parsed.value !== undefined, 'a value that is undefined', parsed);
  if (parsed.value !== null) {
    checkValue(parsed.value);
  }
}

/** A stored figure: a finite number, never negative. */
export function checkAmount(value: unknown): void {
  check(typeof value === 'number' && Number.isFinite(value), 'a figure that is no number', value);
  check((value as number) >= 0, 'a negative figure', value);
}

/** A count: a whole number that fits PostgreSQL's integer. */
export function checkCount(value: unknown): void {
  checkAmount(value);
  check(Number.isInteger(value) && (value as number) <= 2 ** 31 - 1, 'not a stored count', value);
}

/** Normalised text: not blank, and normalising it again changes nothing. */
export function textCheck(normalize: (s: string) => string): (value: unknown) => void {
  return (value) => {
    check(typeof value === 'string' && value !== '', 'text that is empty or no string', value);
    check(normalize(value as string) === value, 'text that is not normalised', value);
  };
}

/** An ISO calendar day that a date of this precision starts on. */
export function checkPartialDate(value: PartialDate): void {
  check(PRECISIONS.includes(value.precision), 'a date without a precision', value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.date);
  check(match !== null, 'a date that is not YYYY-MM-DD', value);
  const [year, month, day] = match!.slice(1).map(Number);
  const real = new Date(Date.UTC(year, month - 1, day));
  check(real.getUTCMonth() === month - 1 && real.getUTCDate() === day, 'no such day', value);
  check(value.precision === 'DAY' || day === 1, 'a month or year not on its first day', value);
  check(value.precision !== 'YEAR' || month === 1, 'a year not on 1 January', value);
}

/** A range whose end, when it has one, does not come before its start. */
export function checkDateRange(value: DateRange): void {
  checkPartialDate(value.start);
  if (value.end) {
    checkPartialDate(value.end);
    check(value.end.date >= value.start.date, 'a range that ends before it starts', value);
  }
}

/** An enumeration value the table lists. */
export function enumCheck(values: readonly string[]): (value: unknown) => void {
  return (value) => check(values.includes(value as string), 'a value outside the table', value);
}
