import ExcelJS from 'exceljs';
import type { SheetDefinition } from '../../modules/common/sheet-definition';
import { columnLetter } from '../read/sheet-source';
import { presetRows, templateColumns, type TemplateColumn } from './template-columns';
import { addGuideSheet } from './template-guide';
import { kindTitle } from './template-kinds';

export const TITLE_ROW = 1;
export const PREAMBLE_ROW = 2;
export const HEADER_ROW = 3;
/** Rows below the header that carry the drop-down lists (copied rows take them along). */
export const VALIDATED_ROWS = 500;
/** Excel refuses an inline list longer than this. */
const MAX_LIST_CHARS = 255;

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** exceljs keeps range validations on the worksheet but leaves them out of its typings. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * A blank ledger of one kind: title and preamble lines for the clerk to complete, the canonical
 * headers with their units, drop-down lists, and a 填写说明 sheet.
 */
export async function buildTemplate(definition: SheetDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sports-ledger';
  const columns = templateColumns(definition);
  const sheet = workbook.addWorksheet(kindTitle(definition.kind), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${TITLE_ROW}:${HEADER_ROW}`;
  writeTitle(sheet, definition, columns.length);
  writeHeader(sheet, columns);
  addValidations(sheet, columns);
  writePresets(sheet, definition, columns);
  addGuideSheet(workbook, definition, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The preamble cells end in a colon so the clerk types after it in the same cell: the importer
// reads "填报单位：晋中市体育局" and "年度：2021" from one cell each.
function writeTitle(sheet: ExcelJS.Worksheet, definition: SheetDefinition, width: number): void {
  const last = columnLetter(width);
  sheet.mergeCells(`A${TITLE_ROW}:${last}${TITLE_ROW}`);
  const title = sheet.getCell(`A${TITLE_ROW}`);
  title.value = `XX区（县、市）20XX年${kindTitle(definition.kind)}台账`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 30;
  const unitEnd = Math.max(2, width - 3);
  sheet.mergeCells(`A${PREAMBLE_ROW}:${columnLetter(unitEnd)}${PREAMBLE_ROW}`);
  sheet.getCell(`A${PREAMBLE_ROW}`).value = '填报单位：';
  const yearStart = columnLetter(Math.min(width, unitEnd + 2));
  if (yearStart !== last) {
    sheet.mergeCells(`${yearStart}${PREAMBLE_ROW}:${last}${PREAMBLE_ROW}`);
  }
  sheet.getCell(`${yearStart}${PREAMBLE_ROW}`).value = '年度：';
}

function writeHeader(sheet: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const row = sheet.getRow(HEADER_ROW);
  row.height = 32;
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    if (column.numFmt) {
      sheet.getColumn(i + 1).numFmt = column.numFmt;
    }
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (column.note) {
      cell.note = column.note;
    }
  });
}

function addValidations(sheet: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  columns.forEach((column, i) => {
    const range = `${columnLetter(i + 1)}${HEADER_ROW + 1}:${columnLetter(i + 1)}${HEADER_ROW + VALIDATED_ROWS}`;
    if (column.list) {
      validations.add(range, listValidation(column));
    } else if (column.def?.type === 'year') {
      validations.add(range, {
        type: 'whole',
        operator: 'between',
        formulae: [1949, 2100],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: '年度',
        error: '请填写四位年份，如 2022',
      });
    }
  });
}

// A warning, not a stop: the importer also accepts the synonyms clerks write (国家级, 改扩建 …).
function listValidation(column: TemplateColumn): ExcelJS.DataValidation {
  const list = column.list!.join(',');
  if (list.length > MAX_LIST_CHARS) {
    throw new Error(`the drop-down of "${column.header}" is longer than Excel allows`);
  }
  return {
    type: 'list',
    formulae: [`"${list}"`],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: column.header,
    error: '建议从下拉列表中选择；确需填写其他写法请点“是”。',
  };
}

function writePresets(
  sheet: ExcelJS.Worksheet,
  definition: SheetDefinition,
  columns: readonly TemplateColumn[],
): void {
  const at = (key: string) => columns.findIndex((c) => c.def?.key === key) + 1;
  presetRows(definition.kind).forEach((preset, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(at('metric')).value = preset.metric;
    row.getCell(at('unit')).value = preset.unit;
  });
}
