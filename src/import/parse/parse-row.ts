import type { CellValue } from '../../modules/common/sheet-definition';
import { parseCount, type CellProblem, type Parsed, type RawCell } from './cells';
import { compileParser, type CellParser } from './column-parsers';
import type { MappedColumn } from '../locate/sheet-layout';

export interface CellIssue {
  column: MappedColumn;
  code: string;
  message: string;
  params?: CellProblem['params'];
}

export interface ParsedRow {
  cells: Map<string, CellValue>;
  errors: CellIssue[];
  warnings: CellIssue[];
}

/** A sheet's columns with their parsers, compiled once per sheet. */
export interface CompiledColumns {
  year: MappedColumn | undefined;
  others: { column: MappedColumn; parse: CellParser }[];
}

export function compileColumns(columns: readonly MappedColumn[]): CompiledColumns {
  return {
    year: columns.find((c) => c.def.type === 'year'),
    others: columns
      .filter((c) => c.def.type !== 'year')
      .map((column) => ({ column, parse: compileParser(column) })),
  };
}

/**
 * Parses every mapped cell of a row. The year column is read first because dates such as
 * "7月1日" take their year from it.
 */
export function parseRow(
  cells: readonly RawCell[],
  columns: CompiledColumns,
  sheetYear: number | null,
): ParsedRow {
  const parsed: ParsedRow = { cells: new Map(), errors: [], warnings: [] };
  let year = sheetYear;
  if (columns.year) {
    year = readYear(cells, columns.year, parsed) ?? sheetYear;
  }
  for (const { column, parse } of columns.others) {
    const result: Parsed<unknown> = parse(cells[column.index] ?? null, year);
    if (!result.ok) {
      parsed.errors.push({ column, ...result.error });
      continue;
    }
    for (const warning of result.warnings) {
      parsed.warnings.push({ column, ...warning });
    }
    // The result is the cell's value as it is ({ value, approximate, … }): not copied per cell.
    parsed.cells.set(column.def.key, result);
  }
  return parsed;
}

function readYear(
  cells: readonly RawCell[],
  column: MappedColumn,
  parsed: ParsedRow,
): number | null {
  const result = parseCount(cells[column.index] ?? null);
  if (!result.ok) {
    parsed.errors.push({ column, ...result.error });
    return null;
  }
  if (result.value !== null && (result.value < 1949 || result.value > 2100)) {
    parsed.errors.push({
      column,
      code: 'INVALID_YEAR',
      message: `${result.value} is not a plausible year`,
    });
    return null;
  }
  parsed.cells.set('year', { value: result.value, approximate: false });
  return result.value;
}
