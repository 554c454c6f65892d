import { roundTo } from './numeral';
import { parseQuantityCell } from './quantity';
import type { RawCell } from './raw';
import { fail, ok, quote, type CellProblem, type Parsed } from './result';
import { normalizeText } from './text';

/** How one kind of measure is read: unit words with their factor to the stored unit. */
export interface UnitTable {
  /** Names the measure in messages: "money", "area", "length". */
  measure: string;
  factors: Readonly<Record<string, number>>;
  /** The unit meant when neither the cell nor the header names one. */
  fallback: string;
  /** Whether falling back is a guess the batch report must mention. */
  warnWhenAssumed: boolean;
  /** Decimals kept in the stored unit: cents for yuan, mm for km. */
  digits: number;
}

export const MONEY_UNITS: UnitTable = {
  measure: 'money',
  factors: { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 亿元: 1e8, 亿: 1e8 },
  // Bureau budgets are reported in 万元 unless a column says otherwise.
  fallback: '万元',
  warnWhenAssumed: true,
  digits: 2,
};

export const AREA_UNITS: UnitTable = {
  measure: 'area',
  factors: {
    平方米: 1,
    平米: 1,
    '㎡': 1,
    'm²': 1,
    m2: 1,
    亩: 10000 / 15,
    公顷: 1e4,
    万平方米: 1e4,
    '万㎡': 1e4,
    万平米: 1e4,
    平方公里: 1e6,
  },
  fallback: '平方米',
  warnWhenAssumed: false,
  digits: 2,
};

export const LENGTH_UNITS: UnitTable = {
  measure: 'length',
  factors: { 公里: 1, 千米: 1, km: 1, 米: 1e-3, m: 1e-3 },
  fallback: '公里',
  warnWhenAssumed: false,
  digits: 6,
};

/** Money in yuan. The cell's own unit ("345万元") wins over the header's. */
export function parseMoney(raw: RawCell, headerUnit: string | null): Parsed<number> {
  return parseMeasure(raw, headerUnit, MONEY_UNITS);
}

/** Area in m². */
export function parseArea(raw: RawCell, headerUnit: string | null): Parsed<number> {
  return parseMeasure(raw, headerUnit, AREA_UNITS);
}

/** Length in km. */
export function parseLength(raw: RawCell, headerUnit: string | null): Parsed<number> {
  return parseMeasure(raw, headerUnit, LENGTH_UNITS);
}

export function parseMeasure(
  raw: RawCell,
  headerUnit: string | null,
  table: UnitTable,
): Parsed<number> {
  const header = headerUnit === null ? '' : normalizeText(headerUnit).replace(/ /g, '');
  const headerFactor = header ? factorOf(table, header) : null;
  if (header && headerFactor === null) {
    return fail('UNKNOWN_UNIT', `the header's unit ${quote(header)} is not a ${describe(table)}`);
  }
  const parsed = parseQuantityCell(raw, Object.keys(table.factors));
  if (!parsed.ok || parsed.value === null) {
    return parsed.ok ? ok(null) : parsed;
  }
  const { value, unit, source } = parsed.value;
  const factor = unit !== null ? factorOf(table, unit) : headerFactor;
  const warnings: CellProblem[] = [];
  if (factor === null && table.warnWhenAssumed) {
    warnings.push({
      code: 'UNIT_ASSUMED',
      message: `neither the cell nor its header names a unit; ${quote(source)} was read as ${table.fallback}`,
    });
  }
  const scaled = value * (factor ?? table.factors[table.fallback]);
  if (!Number.isFinite(scaled)) {
    return fail('NUMBER_TOO_LARGE', `${quote(source)} is too large to be a ledger figure`);
  }
  return ok(roundTo(scaled, table.digits), parsed.approximate, warnings);
}

function factorOf(table: UnitTable, unit: string): number | null {
  const key = Object.keys(table.factors).find((word) => word.toLowerCase() === unit.toLowerCase());
  return key === undefined ? null : table.factors[key];
}

function describe(table: UnitTable): string {
  return `${table.measure} unit (${Object.keys(table.factors).join(', ')})`;
}
