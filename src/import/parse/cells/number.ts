import { parseQuantityCell } from './quantity';
import type { RawCell } from './raw';
import { fail, ok, quote, type Parsed } from './result';

/** Measure words that may follow a count: "5400余件", "12支", "300人次". */
export const MEASURE_WORDS: readonly string[] =
  '件 人 个 支 场 次 人次 枚 名 家 处 项 套 条 块 所 座 片'.split(' ');

/** Counts are stored as PostgreSQL integers: a larger one is a typing mistake, named at its cell. */
export const MAX_COUNT = 2_147_483_647;

/** A number ≥ 0 with decimals allowed (shared medals count 0.5); measure words are dropped. */
export function parseDecimal(raw: RawCell): Parsed<number> {
  const parsed = parseQuantityCell(raw, MEASURE_WORDS);
  if (!parsed.ok || parsed.value === null) {
    return parsed.ok ? ok(null) : parsed;
  }
  return ok(parsed.value.value, parsed.approximate);
}

/** A whole number ≥ 0: people, pieces, teams, ranks ("第八名" is 8). */
export function parseCount(raw: RawCell): Parsed<number> {
  const parsed = parseQuantityCell(raw, MEASURE_WORDS);
  if (!parsed.ok || parsed.value === null) {
    return parsed.ok ? ok(null) : parsed;
  }
  const { value, source } = parsed.value;
  if (!Number.isInteger(value)) {
    return fail('NOT_AN_INTEGER', `${quote(source)} is not a whole number`);
  }
  if (value > MAX_COUNT) {
    return fail(
      'NUMBER_TOO_LARGE',
      `${quote(source)} is too large for a count (at most ${MAX_COUNT})`,
      { max: MAX_COUNT },
    );
  }
  return ok(value, parsed.approximate);
}
