// The "parse cells" stage: pure functions from one exceljs cell value to a typed value.
export type { CellProblem, Parsed } from './result';
export { unwrapCell, type CellScalar, type RawCell } from './raw';
export { isEmptyMarker, normalizeText, parseText } from './text';
export { MEASURE_WORDS, parseCount, parseDecimal } from './number';
export {
  AREA_UNITS,
  LENGTH_UNITS,
  MONEY_UNITS,
  parseArea,
  parseLength,
  parseMeasure,
  parseMoney,
  type UnitTable,
} from './units';
export { splitHeaderUnit } from './header-unit';
export { parseDecimalOrPercent, parsePercent, rateOutOfRange, type PercentParsed } from './percent';
export {
  lastDayOf,
  parseDate,
  parseDateRange,
  type DatePrecision,
  type DateRange,
  type PartialDate,
} from './dates';
export { parseEnum, type EnumOptions, type EnumTable } from './enums';
