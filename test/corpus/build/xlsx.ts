import ExcelJS from 'exceljs';
import type { Cell, GridSheet } from './grid';

// Chinese Excel's default short date; exceljs would otherwise write the US mm-dd-yy.
const DEFAULT_DATE_FORMAT = 'yyyy/m/d';

/** Writes the sheets as an .xlsx in memory; `application` names the program that "saved" it. */
export async function buildXlsx(
  sheets: GridSheet[],
  application = 'Microsoft Excel',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = application;
  workbook.lastModifiedBy = application;
  for (const spec of sheets) {
    const { rows = 0, columns = 0 } = spec.frozen ?? {};
    const sheet = workbook.addWorksheet(spec.name, {
      state: spec.state ?? 'visible',
      views: spec.frozen ? [{ state: 'frozen', xSplit: columns, ySplit: rows }] : [],
    });
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => writeCell(sheet.getCell(r + 1, c + 1), cell)),
    );
    spec.merges?.forEach((range) => sheet.mergeCells(range));
    spec.hiddenRows?.forEach((n) => (sheet.getRow(n).hidden = true));
    spec.hiddenColumns?.forEach((letter) => (sheet.getColumn(letter).hidden = true));
    if (spec.password) {
      await sheet.protect(spec.password, { selectLockedCells: true });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell === null || cell === undefined) {
    return;
  }
  if (cell instanceof Date) {
    target.value = cell;
    target.numFmt = DEFAULT_DATE_FORMAT;
    return;
  }
  if (typeof cell !== 'object') {
    target.value = cell;
    if (typeof cell === 'string' && cell.includes('\n')) {
      target.alignment = { wrapText: true };
    }
    return;
  }
  if ('richText' in cell) {
    target.value = cell;
  } else if ('formula' in cell) {
    target.value = { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    if (cell.numFmt) {
      target.numFmt = cell.numFmt;
    }
  } else {
    target.value = cell.value;
    target.numFmt = cell.numFmt;
  }
}
