import type { ColumnDef } from '../../modules/common/sheet-definition';
import {
  AREA_UNITS,
  LENGTH_UNITS,
  MONEY_UNITS,
  normalizeText,
  parseArea,
  parseCount,
  parseDate,
  parseDateRange,
  parseDecimal,
  parseDecimalOrPercent,
  parseEnum,
  parseLength,
  parseMoney,
  parsePercent,
  parseText,
  type Parsed,
  type RawCell,
  type UnitTable,
} from './cells';
import { CellCache, fastCount, fastDecimal, fastScaled, fastText } from './fast-cells';
import type { MappedColumn } from '../locate/sheet-layout';

export type CellParser = (raw: RawCell, year: number | null) => Parsed<unknown>;

const MEASURES: Partial<Record<ColumnDef['type'], [UnitTable, typeof parseMoney]>> = {
  money: [MONEY_UNITS, parseMoney],
  area: [AREA_UNITS, parseArea],
  length: [LENGTH_UNITS, parseLength],
};

/**
 * The parser of one column: the cell parsers of `cells/`, behind shortcuts for plain values and a
 * cache for texts that repeat (enum words, regions, dates).
 */
export function compileParser(column: MappedColumn): CellParser {
  const { def, unit } = column;
  const measure = MEASURES[def.type];
  if (measure) {
    const [table, parse] = measure;
    const factor = headerFactor(table, unit);
    const slow = cached((raw) => parse(raw, unit));
    return (raw, year) => fastScaled(raw, factor, table.digits) ?? slow(raw, year);
  }
  switch (def.type) {
    case 'text':
    case 'region':
      return (raw) => fastText(raw) ?? parseText(raw);
    case 'count':
      return (raw) => fastCount(raw) ?? parseCount(raw);
    case 'decimal':
      return decimalParser(def.percent);
    case 'enum':
      return cached((raw) =>
        parseEnum(raw, def.enumTable!, {
          fallback: def.enumFallback,
          whenEmpty: def.enumWhenEmpty,
        }),
      );
    case 'date':
      return yearCached((raw, year) => parseDate(raw, year));
    case 'dateRange':
      return yearCached((raw, year) => parseDateRange(raw, year));
    default:
      return (raw) => parseText(raw);
  }
}

/** A rate column reads every figure as percent points; elsewhere "42.5%" is marked or refused. */
function decimalParser(percent: ColumnDef['percent']): CellParser {
  if (percent === 'rate') {
    return (raw) => parsePercent(raw);
  }
  const parse = percent === 'allowed' ? parseDecimalOrPercent : parseDecimal;
  return (raw) => fastDecimal(raw) ?? parse(raw);
}

function cached<T>(parse: (raw: RawCell) => Parsed<T>): CellParser {
  const cache = new CellCache<T>();
  return (raw) => cache.get(raw, parse);
}

function yearCached<T>(parse: (raw: RawCell, year: number | null) => Parsed<T>): CellParser {
  const byYear = new Map<number | null, CellParser>();
  return (raw, year) => {
    let parser = byYear.get(year);
    if (!parser) {
      parser = cached((text) => parse(text, year));
      byYear.set(year, parser);
    }
    return parser(raw, year);
  };
}

/** The factor of a header's unit, or null when the header names none (or one the table lacks). */
function headerFactor(table: UnitTable, unit: string | null): number | null {
  if (!unit) {
    return null;
  }
  const text = normalizeText(unit).replace(/ /g, '').toLowerCase();
  const key = Object.keys(table.factors).find((word) => word.toLowerCase() === text);
  return key === undefined ? null : table.factors[key];
}
