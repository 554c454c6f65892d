import fc from 'fast-check';
import * as cells from '../../src/import/parse/cells';
import type { Parsed, RawCell } from '../../src/import/parse/cells';
import { compileParser } from '../../src/import/parse/column-parsers';
import { compileColumns, parseRow } from '../../src/import/parse/parse-row';
import type { MappedColumn } from '../../src/import/locate/sheet-layout';
import { LEDGER_SHEETS } from '../../src/modules';
import type { ColumnDef } from '../../src/modules/common/sheet-definition';
import { anyCell, anyYear } from './cell-arbitraries';
import { checkParsed } from './parsed-checks';

// A column's parser is the cell parser behind shortcuts for plain numbers and texts and a cache
// for repeated texts (src/import/parse/fast-cells.ts): what it answers must be what the cell
// parser answers, for every cell, the first time and every time after.

const RUNS = { numRuns: 500 };

type Reference = (raw: RawCell, year: number | null, unit: string | null) => Parsed<unknown>;

const REFERENCES: Partial<Record<ColumnDef['type'], (def: ColumnDef) => Reference>> = {
  text: () => (raw) => cells.parseText(raw),
  region: () => (raw) => cells.parseText(raw),
  count: () => (raw) => cells.parseCount(raw),
  decimal: (def) => (raw) => {
    // a rate column reads percent points; where percentages are allowed they are marked
    if (def.percent === 'rate') {
      return cells.parsePercent(raw);
    }
    return def.percent === 'allowed' ? cells.parseDecimalOrPercent(raw) : cells.parseDecimal(raw);
  },
  money: () => (raw, _, unit) => cells.parseMoney(raw, unit),
  area: () => (raw, _, unit) => cells.parseArea(raw, unit),
  length: () => (raw, _, unit) => cells.parseLength(raw, unit),
  date: () => (raw, year) => cells.parseDate(raw, year),
  dateRange: () => (raw, year) => cells.parseDateRange(raw, year),
  enum: (def) => (raw) =>
    cells.parseEnum(raw, def.enumTable!, {
      fallback: def.enumFallback,
      whenEmpty: def.enumWhenEmpty,
    }),
};

const UNIT_TABLES: Partial<Record<ColumnDef['type'], cells.UnitTable>> = {
  money: cells.MONEY_UNITS,
  area: cells.AREA_UNITS,
  length: cells.LENGTH_UNITS,
};

/**
 * One column of each kind of parser: columns of one type read alike, except enumerations (each
 * its table) and decimals (by how they take percentages).
 */
const COLUMNS = [
  ...new Map(
    LEDGER_SHEETS.flatMap((sheet) =>
      sheet.columns
        .filter((def) => def.type !== 'year')
        .map((def) => {
          const kind = def.type === 'enum' ? `${sheet.kind}.${def.key}` : (def.percent ?? '');
          return [`${def.type}${kind}`, [`${def.type} (${sheet.kind}.${def.key})`, def]] as const;
        }),
    ),
  ).values(),
];

const mapped = (def: ColumnDef, unit: string | null, index = 0): MappedColumn => ({
  index,
  header: def.headers[0],
  unit,
  def,
});

describe.each(COLUMNS)('the parser of a %s column', (_, def) => {
  it('answers every cell as its cell parser does, under any unit, also when it meets it again', () => {
    const reference = REFERENCES[def.type]?.(def);
    // the header's unit, if the column's type has units: none, or any of them
    const units = [null, ...Object.keys(UNIT_TABLES[def.type]?.factors ?? {})];
    const parsers = new Map(units.map((unit) => [unit, compileParser(mapped(def, unit))]));
    const cellsSeen = fc.array(fc.tuple(anyCell, anyYear), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...units), cellsSeen, (unit, seen) => {
        // a column meets the same texts again and again: the cache must give the same answer
        for (const [raw, year] of [...seen, ...seen]) {
          const answer = parsers.get(unit)!(raw, year);
          checkParsed(answer, () => undefined);
          if (reference) {
            expect(signless(answer)).toEqual(signless(reference(raw, year, unit)));
          }
        }
      }),
      RUNS,
    );
  });
});

describe.each(LEDGER_SHEETS.map((sheet) => [sheet.kind, sheet] as const))(
  'parseRow for %s',
  (_, sheet) => {
    const columns = compileColumns(sheet.columns.map((def, index) => mapped(def, null, index)));

    it('answers any row with values and issues that have codes, never throwing', () => {
      const row = fc.array(anyCell, { maxLength: sheet.columns.length + 2 });
      fc.assert(
        fc.property(row, anyYear, (raw, sheetYear) => {
          const parsed = parseRow(raw, columns, sheetYear);
          for (const issue of [...parsed.errors, ...parsed.warnings]) {
            expect(issue.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
            expect(issue.message).toEqual(expect.any(String));
          }
          const year = parsed.cells.get('year')?.value;
          expect(year === undefined || year === null || Number.isInteger(year)).toBe(true);
        }),
        RUNS,
      );
    });
  },
);

/** -0 and 0 reach the database alike (String(-0) is "0"), so they count as the same answer. */
function signless(parsed: Parsed<unknown>): Parsed<unknown> {
  return parsed.ok && Object.is(parsed.value, -0) ? { ...parsed, value: 0 } : parsed;
}
