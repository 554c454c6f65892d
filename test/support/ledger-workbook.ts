import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

/** One sheet as a clerk lays it out: rows from row 1, with merges and hidden parts. */
export interface SheetSpec {
  name: string;
  rows: unknown[][];
  /** Ranges such as 'A1:E1'. */
  merges?: string[];
  hidden?: boolean;
  /** 1-based row numbers hidden in Excel. */
  hiddenRows?: number[];
}

/**
 * Writes a small workbook. exceljs runs about 7 times slower inside jest's sandbox, so only a few
 * dozen rows should be built this way; big files are written in a child process.
 */
export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.hidden ? 'hidden' : 'visible' });
    spec.rows.forEach((row, i) => {
      // a row left empty in the spec stays empty in the sheet, so row numbers match the spec
      if (row.length > 0) {
        sheet.getRow(i + 1).values = row as ExcelJS.CellValue[];
      }
    });
    for (const range of spec.merges ?? []) {
      sheet.mergeCells(range);
    }
    for (const n of spec.hiddenRows ?? []) {
      sheet.getRow(n).hidden = true;
    }
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export interface FacilityLedgerOptions {
  /** What follows 填报单位：, e.g. 祁县体育局. */
  bureau: string;
  year: number;
  /** Data rows: 项目名称, 设施类型, 数量, 投资额（万元）. */
  rows: unknown[][];
  sheetName?: string;
}

export const FACILITY_HEADER = ['序号', '项目名称', '设施类型', '数量', '投资额（万元）'];

/** A 场地设施 sheet: title, 填报单位 and 年度 lines, the header on row 4, data from row 5. */
export function facilitySheet(options: FacilityLedgerOptions): SheetSpec {
  return {
    name: options.sheetName ?? '场地设施',
    rows: [
      [`${options.year}年体育场地设施建设台账`],
      [`填报单位：${options.bureau}`],
      [`年度：${options.year}`],
      FACILITY_HEADER,
      ...options.rows.map((row, i) => [i + 1, ...row]),
    ],
    merges: ['A1:E1'],
  };
}

/** Writes a one-sheet facilities ledger (see facilitySheet). */
export function writeFacilityLedger(file: string, options: FacilityLedgerOptions): Promise<string> {
  return writeWorkbook(file, [facilitySheet(options)]);
}

/** A scratch directory removed by the returned cleanup. */
export async function scratchDir(
  prefix: string,
): Promise<{ dir: string; file(name: string): string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
