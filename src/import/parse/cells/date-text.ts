import { parseNumeral } from './numeral';
import { normalizeText } from './text';

/** What one side of a date text names; `bare` is a lone number whose meaning the other side gives. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  bare?: number;
}

type Pattern = [RegExp, (m: RegExpExecArray) => DateParts];

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : +s);

const PATTERNS: Pattern[] = [
  [/^(\d{4})年?度?$/, (m) => ({ year: +m[1] })],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [
    /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/,
    (m) => ({ year: +m[1], month: +m[3], day: num(m[4]) }),
  ],
  [
    /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]?)?$/,
    (m) => ({ year: num(m[1]), month: +m[2], day: num(m[3]) }),
  ],
  [/^(\d{1,2})[./](\d{1,2})[日号]?$/, (m) => ({ month: +m[1], day: +m[2] })],
  [/^(\d{1,2})[日号]$/, (m) => ({ day: +m[1] })],
  [/^(\d{1,2})$/, (m) => ({ bare: +m[1] })],
];

/** Reads one side of a date: "2021年7月1日", "2021/7/1", "2021.7", "7月1日", "16日", "16". */
export function readDateParts(text: string): DateParts | null {
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      return build(match);
    }
  }
  return null;
}

// 至, 到, ~ and every long dash separate a range unambiguously; "-" may also be inside a date.
const RANGE_MARK = /至|到|~|〜|[\u2013-\u2015\u2212\u2500\u2501]+/g;
const TIME_OF_DAY = /\s+\d{1,2}:\d{2}(:\d{2})?$/;
const CN_NUMERAL_RUN = /[零〇一二三四五六七八九十两]+/g;

/** Cleans a date text: folds full width, drops a time of day, turns 二〇二一年七月 into digits. */
export function cleanDateText(text: string): string {
  return normalizeText(text)
    .replace(TIME_OF_DAY, '')
    .replace(/ /g, '')
    .replace(CN_NUMERAL_RUN, (run) => String(parseNumeral(run) ?? run))
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(RANGE_MARK, '~');
}

/**
 * Splits a cleaned text into a start and an optional end. A "-" splits only where the whole does
 * not read as one date ("2021-07-01") and both sides read ("2021.5.8-2021.5.16", "6-12月").
 */
export function splitRange(text: string): [DateParts, DateParts | null] | null {
  const marked = text.split('~');
  if (marked.length > 2) {
    return null;
  }
  if (marked.length === 2) {
    const [start, end] = marked.map(readDateParts);
    return start && end ? [start, end] : null;
  }
  const whole = readDateParts(text);
  if (whole) {
    return [whole, null];
  }
  for (let at = text.indexOf('-'); at > 0; at = text.indexOf('-', at + 1)) {
    const start = readDateParts(text.slice(0, at));
    const end = readDateParts(text.slice(at + 1));
    if (start && end) {
      return [start, end];
    }
  }
  return null;
}
