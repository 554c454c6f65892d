import ExcelJS from 'exceljs';
import type { RawCell } from './cells';
import { readCsvRows } from './csv';
import { fillMerges } from './merges';
import { damagedWorkbook } from './refusal';
import type { WorkbookStructure } from './structure';
import type { SheetRow, SheetSource } from './types';

/**
 * Streams a workbook's sheets and rows without holding a sheet in memory (exceljs's streaming
 * reader; a CSV is a workbook of one sheet). Merged cells are filled from their first cell,
 * using the ranges found while the file was inspected.
 */
export async function* readSheets(
  path: string,
  fileName: string,
  structure: WorkbookStructure,
): AsyncGenerator<SheetSource> {
  if (structure.format === 'csv') {
    yield { name: fileName.replace(/\.csv$/i, ''), hidden: false, rows: csvRows(path) };
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  seedWorkbookModel(reader as unknown as ReaderInternals, structure);
  const seen = new Set<string>();
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as WorksheetReaderLike;
    seen.add(ws.name);
    const ranges = structure.merges.get(ws.name) ?? [];
    yield {
      name: ws.name,
      hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
      rows: fillMerges(xlsxRows(ws), ranges),
    };
  }
  const missing = structure.sheets.filter((sheet) => !seen.has(sheet.name));
  if (missing.length > 0) {
    throw damagedWorkbook(
      `sheet ${missing.map((m) => `"${m.name}"`).join(', ')} could not be read`,
    );
  }
}

interface WorksheetReaderLike extends AsyncIterable<{ number: number; values: RawCell[] }> {
  name: string;
  state?: string;
}

async function* xlsxRows(ws: WorksheetReaderLike): AsyncGenerator<SheetRow> {
  for await (const row of ws) {
    // exceljs rows are 1-based and sparse
    const values = row.values;
    const cells = new Array<RawCell>(Math.max(0, values.length - 1));
    for (let i = 1; i < values.length; i += 1) {
      cells[i - 1] = values[i] ?? null;
    }
    yield { number: row.number, cells };
  }
}

async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  let number = 0;
  for await (const cells of readCsvRows(path)) {
    number += 1;
    yield { number, cells };
  }
}

interface ReaderInternals {
  model?: { sheets: { name: string; id: number; state: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/**
 * Gives exceljs's reader the sheet list read while the file was inspected. The reader learns it
 * from xl/workbook.xml, which many writers store last; under load its entry loop has been seen
 * to end without it, naming no sheet ("reading 'sheets'"). The entries, when they come, say the
 * same.
 */
function seedWorkbookModel(reader: ReaderInternals, structure: WorkbookStructure): void {
  reader.model = {
    sheets: structure.sheets.map((s) => ({
      name: s.name,
      id: s.sheetId,
      state: s.state,
      rId: s.rId,
    })),
  };
  reader.workbookRels = structure.sheets.map((s) => ({
    Id: s.rId,
    Target: `worksheets/${s.file}`,
  }));
}
