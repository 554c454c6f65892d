import type { CellValue, ColumnDef } from '../modules/common/sheet-definition';
import {
  parseArea,
  parseCount,
  parseDate,
  parseDateRange,
  parseDecimal,
  parseEnum,
  parseLength,
  parseMoney,
  parseText,
  type Parsed,
  type RawCell,
} from './cells';
import type { MappedColumn } from './layout';

export interface CellIssue {
  column: MappedColumn;
  code: string;
  message: string;
}

export interface ParsedRow {
  cells: Map<string, CellValue>;
  errors: CellIssue[];
  warnings: CellIssue[];
}

type CellParser = (raw: RawCell, column: MappedColumn, year: number | null) => Parsed<unknown>;

const PARSERS: Record<ColumnDef['type'], CellParser> = {
  text: (raw) => parseText(raw),
  region: (raw) => parseText(raw),
  count: (raw) => parseCount(raw),
  year: (raw) => parseCount(raw),
  decimal: (raw) => parseDecimal(raw),
  money: (raw, c) => parseMoney(raw, c.unit),
  area: (raw, c) => parseArea(raw, c.unit),
  length: (raw, c) => parseLength(raw, c.unit),
  date: (raw, _c, year) => parseDate(raw, year),
  dateRange: (raw, _c, year) => parseDateRange(raw, year),
  enum: (raw, c) =>
    parseEnum(raw, c.def.enumTable!, { fallback: c.def.enumFallback, whenEmpty: c.def.enumWhenEmpty }),
};

/**
 * Parses every mapped cell of a row. The year column is read first because dates such as
 * "7月1日" take their year from it.
 */
export function parseRow(cells: readonly RawCell[], columns: readonly MappedColumn[], sheetYear: number | null): ParsedRow {
  const parsed: ParsedRow = { cells: new Map(), errors: [], warnings: [] };
  const yearColumn = columns.find((c) => c.def.type === 'year');
  let year = sheetYear;
  if (yearColumn) {
    year = readYear(cells, yearColumn, parsed) ?? sheetYear;
  }
  for (const column of columns) {
    if (column === yearColumn) {
      continue;
    }
    const result = PARSERS[column.def.type](cells[column.index] ?? null, column, year);
    if (!result.ok) {
      parsed.errors.push({ column, ...result.error });
      continue;
    }
    for (const warning of result.warnings) {
      parsed.warnings.push({ column, ...warning });
    }
    parsed.cells.set(column.def.key, { value: result.value, approximate: result.approximate });
  }
  return parsed;
}

function readYear(cells: readonly RawCell[], column: MappedColumn, parsed: ParsedRow): number | null {
  const result = parseCount(cells[column.index] ?? null);
  if (!result.ok) {
    parsed.errors.push({ column, ...result.error });
    return null;
  }
  if (result.value !== null && (result.value < 1949 || result.value > 2100)) {
    parsed.errors.push({ column, code: 'INVALID_YEAR', message: `${result.value} is not a plausible year` });
    return null;
  }
  parsed.cells.set('year', { value: result.value, approximate: false });
  return result.value;
}
