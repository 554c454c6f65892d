import ExcelJS from 'exceljs';
import type { RawCell } from './cells';
import { readCsvRows } from './csv';
import { fillMerges } from './merges';
import type { FileFormat } from './inspect-file';
import type { MergeRange, SheetRow, SheetSource } from './types';

/**
 * Streams a workbook's sheets and rows without holding a sheet in memory (exceljs's streaming
 * reader; a CSV is a workbook of one sheet). Merged cells are filled from their first cell,
 * using the ranges found while the file was inspected.
 */
export async function* readSheets(
  path: string,
  format: FileFormat,
  fileName: string,
  merges: ReadonlyMap<string, MergeRange[]>,
): AsyncGenerator<SheetSource> {
  if (format === 'csv') {
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
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as WorksheetReaderLike;
    const ranges = merges.get(ws.name) ?? [];
    yield {
      name: ws.name,
      hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
      rows: fillMerges(xlsxRows(ws), ranges),
    };
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
