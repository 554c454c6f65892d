import fc from 'fast-check';
import type { RawCell } from '../../src/import/parse/cells';

// What clerks put in cells, in pieces: numerals of three scripts, approximate markers, measure
// words and units, date marks, empty markers, and the invisible characters Word and WPS leave.
export const LEDGER_PIECES = [
  ...'0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两点负'.split(''),
  ...'余 约 近 逾 超过 多 左右 以上 + 第 名 件 人 人次 个 支 场 次 枚 处 项 套 条'.split(' '),
  ...'元 万元 亿元 千元 万 亿 平方米 平米 ㎡ m² m2 亩 公顷 万平方米 公里 千米 km 米 m % ％ ‰'.split(
    ' ',
  ),
  ...'年 月 日 号 度 至 到 ~ 〜 - – — ― − / . , ， 、 : ： ( ) （ ） 【 】'.split(' '),
  ...'无 不详 暂无 合计 小计 国际 省级 线上+线下 健身步道 改扩建 已验收 青少年组'.split(' '),
  ...[' ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\t', '\n', '\r', '\u0000', '\u0007'],
  ...['\u001b', '\ud800', '\udfff', '🏃', 'e', 'E', '１２３４', '二〇二三', '5400余件'],
  '#DIV/0!',
  '=A1+B1',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LEDGER_PIECES) },
  { weight: 2, arbitrary: fc.nat().map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Text as a clerk might type it, or garble it: joined ledger pieces. */
export const ledgerText: fc.Arbitrary<string> = fc
  .array(piece, { maxLength: 12 })
  .map((pieces) => pieces.join(''));

// Excel keeps at most 32,767 characters in a cell; a parser must not backtrack on those.
export const EXCEL_CELL_LIMIT = 32767;

// Shrinks towards the shortest run that still breaks a property.
const longText: fc.Arbitrary<string> = fc
  .constantFrom(...LEDGER_PIECES, '1', '1,', '2021-', '（')
  .chain((unit) =>
    fc
      .integer({ min: 1, max: Math.floor(EXCEL_CELL_LIMIT / Math.max(1, unit.length)) })
      .map((times) => unit.repeat(times)),
  );

/** Any string: ledger-like text, arbitrary code points, or one as long as a cell holds. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: ledgerText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: longText },
);

const EDGE_NUMBERS = [
  0,
  -0,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.MAX_SAFE_INTEGER,
  2 ** 31,
  1e21,
  1e300,
  2021.1,
  2021.7,
  20210701,
  44378.75,
  0.425,
];

/** Any number, the ones Excel cannot hold included. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 20000, max: 80000 }),
);

/** Any Date, "Invalid Date" included. */
export const anyDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(NaN)),
);

/** A plain cell value as exceljs gives it. */
export const anyScalar: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 3, arbitrary: anyNumber },
  { weight: 1, arbitrary: anyDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

const EXCEL_ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];
const errorValue = fc.record({ error: fc.constantFrom(...EXCEL_ERRORS) });
const richText = fc.record({
  richText: fc.array(fc.record({ text: anyText }), { maxLength: 4 }),
});

/** The cell objects exceljs reads: formulas with or without results, errors, rich text, links. */
export const anyCellObject: fc.Arbitrary<RawCell> = fc.oneof(
  errorValue,
  richText,
  fc.record(
    { formula: fc.string(), result: fc.oneof(anyScalar, errorValue) },
    { requiredKeys: ['formula'] },
  ),
  fc.record(
    { sharedFormula: fc.string(), result: fc.oneof(anyScalar, errorValue) },
    { requiredKeys: ['sharedFormula'] },
  ),
  fc.record({ text: fc.oneof(anyText, richText), hyperlink: fc.webUrl() }),
) as fc.Arbitrary<RawCell>;

/** Any cell value a parser may be handed. */
export const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 4, arbitrary: anyScalar },
  { weight: 1, arbitrary: anyCellObject },
);

/** The year a row, sheet or workbook gives a parser; null when none is known. */
export const anyYear: fc.Arbitrary<number | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1949, max: 2100 }),
  fc.integer(),
);

/** What a header's brackets may hold: units of every measure, and words that are no unit. */
export const anyHeaderUnit: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    '元',
    '万元',
    '亿元',
    '平方米',
    '㎡',
    '亩',
    '公顷',
    '公里',
    'KM',
    '米',
    '%',
    '个',
  ),
  anyText,
);

/** Full-width digits, as a Chinese input method types them. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
