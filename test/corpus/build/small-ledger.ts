import type { Cell, GridSheet } from './grid';

/** Title on row 1, 填报单位 on row 2, the header on row 3, data from row 4: the common shape. */
export function smallLedger(
  name: string,
  title: string,
  bureau: string,
  header: string[],
  rows: Cell[][],
): GridSheet {
  return { name, rows: [[title], [`填报单位：${bureau}`], header, ...rows] };
}
