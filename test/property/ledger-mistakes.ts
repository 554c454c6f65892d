import fc from 'fast-check';
import type { SheetSpec } from '../support/ledger-workbook';
import { FIRST_DATA_ROW, type Ledger } from './ledger-sheets';

// One wrong cell per upload, each a mistake the importer must name at its cell.
const MISTAKES = [
  { sheet: '场地设施', header: '数量', wrong: '待定' },
  { sheet: '场地设施', header: '建成日期', wrong: '2021年13月' },
  { sheet: '场地设施', header: '投资额（万元）', wrong: -5 },
  { sheet: '赛事活动', header: '参与人数', wrong: '-20人' },
  { sheet: '赛事活动', header: '举办时间', wrong: '2021年2月30日' },
];

/** A wrong cell in a ledger: where it is, what it holds, and what belongs there. */
export interface Mistake {
  sheet: string;
  address: string;
  row: number;
  column: string;
  wrong: unknown;
  right: unknown;
}

/** Picks a cell of `ledger` to get wrong; `at` is any number, taken modulo the rows. */
export const mistakes = fc.record({ mistake: fc.constantFrom(...MISTAKES), at: fc.nat() });

export function makeMistake(
  ledger: Ledger,
  { mistake, at }: { mistake: (typeof MISTAKES)[number]; at: number },
): { sheets: SheetSpec[]; mistake: Mistake } {
  const spec = ledger.sheets.find((s) => s.name === mistake.sheet)!;
  const dataRows = spec.rows.length - (FIRST_DATA_ROW - 1);
  const index = FIRST_DATA_ROW - 1 + (at % dataRows);
  const columnIndex = (spec.rows[FIRST_DATA_ROW - 2] as string[]).indexOf(mistake.header);
  const column = String.fromCharCode(65 + columnIndex);
  const rows = spec.rows.map((row, i) =>
    i === index ? row.map((cell, c) => (c === columnIndex ? mistake.wrong : cell)) : row,
  );
  return {
    sheets: ledger.sheets.map((s) => (s === spec ? { ...s, rows } : s)),
    mistake: {
      sheet: spec.name,
      address: `${column}${index + 1}`,
      row: index + 1,
      column,
      wrong: mistake.wrong,
      right: spec.rows[index][columnIndex] ?? null,
    },
  };
}
