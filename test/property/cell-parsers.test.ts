import fc from 'fast-check';
import * as cells from '../../src/import/parse/cells';
import type { Parsed, RawCell } from '../../src/import/parse/cells';
import { LEDGER_SHEETS } from '../../src/modules';
import {
  anyCell,
  anyHeaderUnit,
  anyText,
  anyYear,
  EXCEL_CELL_LIMIT,
  LEDGER_PIECES,
} from './cell-arbitraries';
import {
  checkAmount,
  checkCount,
  checkDateRange,
  checkParsed,
  checkPartialDate,
  enumCheck,
  textCheck,
} from './parsed-checks';

// Whatever a cell holds, each parser of ledger-spec §4 answers with a value or an issue that has
// a stable code: it never throws, and what it answers is something the database can store.

const RUNS = { numRuns: 1000 };

type CellParse = (raw: RawCell, year: number | null, unit: string | null) => Parsed<unknown>;

const PARSERS: [string, CellParse, (value: never) => void][] = [
  ['parseText', (raw) => cells.parseText(raw), textCheck(cells.normalizeText)],
  ['parseCount', (raw) => cells.parseCount(raw), checkCount],
  ['parseDecimal', (raw) => cells.parseDecimal(raw), checkAmount],
  ['parseMoney', (raw, _, unit) => cells.parseMoney(raw, unit), checkAmount],
  ['parseArea', (raw, _, unit) => cells.parseArea(raw, unit), checkAmount],
  ['parseLength', (raw, _, unit) => cells.parseLength(raw, unit), checkAmount],
  ['parseDate', (raw, year) => cells.parseDate(raw, year), checkPartialDate],
  ['parseDateRange', (raw, year) => cells.parseDateRange(raw, year), checkDateRange],
  ['parsePercent', (raw) => cells.parsePercent(raw), checkRate],
  ['parseDecimalOrPercent', (raw) => cells.parseDecimalOrPercent(raw), checkAmount],
];

/** A rate in percent points (ledger-spec §4): between 0 and 100. */
function checkRate(value: number): void {
  checkAmount(value);
  if (value > 100) {
    throw new Error(`a rate above 100 percent points: ${value}`);
  }
}

// Every enumerated column of every ledger kind, with the options its sheet gives it.
const ENUM_COLUMNS = LEDGER_SHEETS.flatMap((sheet) =>
  sheet.columns.filter((c) => c.type === 'enum').map((c) => [`${sheet.kind}.${c.key}`, c] as const),
);

describe.each(PARSERS)('%s', (_, parse, checkValue) => {
  it('answers any cell with a value or an issue that has a code, never throwing', () => {
    fc.assert(
      fc.property(anyCell, anyYear, anyHeaderUnit, (raw, year, unit) => {
        checkParsed(parse(raw, year, unit), checkValue as (value: unknown) => void);
      }),
      RUNS,
    );
  });

  it('reads a cell as not reported only when it is blank or an empty marker', () => {
    fc.assert(
      fc.property(anyCell, anyYear, (raw, year) => {
        const parsed = parse(raw, year, null);
        if (parsed.ok && parsed.value === null && !isBlank(raw)) {
          throw new Error(`a filled cell read as not reported: ${String(raw)}`);
        }
      }),
      RUNS,
    );
  });
});

// The importer parses on the server's thread: a slow cell stalls every request, not one upload.
// A numeral of 32,767 亿 once took nzh 20 seconds.
it('reads a cell as long as Excel holds, of any ledger piece repeated, within two seconds', () => {
  let slowest = { ms: 0, parser: '', piece: '' };
  for (const piece of LEDGER_PIECES) {
    const cell = piece.repeat(Math.floor(EXCEL_CELL_LIMIT / piece.length));
    for (const [parser, parse] of PARSERS) {
      const started = performance.now();
      parse(cell, 2021, '万元');
      const ms = performance.now() - started;
      slowest = ms > slowest.ms ? { ms, parser, piece } : slowest;
    }
  }
  expect(slowest.ms < 2000 ? 'fast' : slowest).toBe('fast');
});

describe.each(ENUM_COLUMNS)('parseEnum for %s', (_, column) => {
  it('answers any cell with a value of its table or an issue, never throwing', () => {
    const table = column.enumTable!;
    const opts = { fallback: column.enumFallback, whenEmpty: column.enumWhenEmpty };
    fc.assert(
      fc.property(anyCell, (raw) => {
        checkParsed(cells.parseEnum(raw, table, opts), enumCheck(table.values));
      }),
      RUNS,
    );
  });
});

describe('unwrapCell', () => {
  it('reduces any exceljs value to a string, number, Date, boolean or an issue', () => {
    const scalar = (value: unknown) => {
      if (!['string', 'number', 'boolean'].includes(typeof value) && !(value instanceof Date)) {
        throw new Error(`not a scalar: ${String(value)}`);
      }
    };
    fc.assert(
      fc.property(anyCell, (raw) => checkParsed(cells.unwrapCell(raw), scalar)),
      RUNS,
    );
  });
});

describe('text helpers', () => {
  it('normalise any string to a fixed point, without leading or trailing space', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cells.normalizeText(text);
        expect(cells.normalizeText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(typeof cells.isEmptyMarker(text)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('split any header into a name and a unit it ends with, never throwing', () => {
    fc.assert(
      fc.property(anyText, (header) => {
        const { name, unit } = cells.splitHeaderUnit(header);
        expect(typeof name).toBe('string');
        if (unit !== null) {
          expect(cells.normalizeText(header)).toContain(unit);
        }
      }),
      RUNS,
    );
  });

  it('give the last day of any date a date parser reads, never before its first', () => {
    fc.assert(
      fc.property(anyCell, anyYear, (raw, year) => {
        const parsed = cells.parseDate(raw, year);
        if (parsed.ok && parsed.value) {
          const last = cells.lastDayOf(parsed.value);
          checkPartialDate({ date: last, precision: 'DAY' });
          expect(last >= parsed.value.date).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/** A cell holding nothing a clerk could mean: empty, or only an empty marker. */
function isBlank(raw: RawCell): boolean {
  const cell = cells.unwrapCell(raw);
  if (!cell.ok) {
    return false;
  }
  const value = cell.value;
  return value === null || (typeof value === 'string' && cells.isEmptyMarker(value));
}
