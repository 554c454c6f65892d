import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { percentStyles, toSheetRow, type CellStyles, type ExcelRow } from './excel-rows';
import { mergeFiller } from './merges';
import { RowBatch } from './row-batch';
import type { WorkbookSheet } from './workbook-structure';
import type { MergeRange, SheetRow } from './sheet-source';
import { inSlices, ZipParts } from './zip-parts';

export { RowBatch } from './row-batch';
export { SHARED_STRINGS_LOST, toSheetRow } from './excel-rows';

/**
 * exceljs's streaming readers alone (the package's main module also loads its writers: archiver,
 * jszip, fast-csv, dayjs…, about 10 MB more in the reading thread and a slower start). exceljs
 * is pinned, so the paths are stable.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const WorkbookReader =
  require('exceljs/lib/stream/xlsx/workbook-reader') as typeof ExcelJS.stream.xlsx.WorkbookReader;
const WorksheetReader = require('exceljs/lib/stream/xlsx/worksheet-reader') as new (args: {
  workbook: WorkbookLike;
  id: number;
  iterator: AsyncIterable<Buffer>;
  options: object;
}) => WorksheetParser;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The inspection's findings as they cross to the reading thread (a Map does not). */
export interface ThreadStructure {
  sheets: WorkbookSheet[];
  merges: [string, MergeRange[]][];
  /** Cell styles (`s`) whose number format is a percentage. */
  percentStyles: number[];
}

/** What the reading thread tells the importer, in order. */
export type ReadMessage =
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'rows'; bytes: Uint8Array }
  | { type: 'sheetEnd' }
  | { type: 'end'; missing: string[] }
  | { type: 'error'; message: string };

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const OPTIONS = { worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' };

/**
 * The workbook's sheets in tab order, each as row batches with merged cells filled from their
 * first cell. The parts are opened by name: the shared strings are read before any sheet, and
 * each sheet is parsed straight from the zip. `send` resolves when the receiver wants more.
 */
export async function readXlsx(
  path: string,
  structure: ThreadStructure,
  send: (message: ReadMessage) => Promise<void>,
  batchRows: number,
): Promise<void> {
  const zip = await ZipParts.open(path);
  try {
    const workbook: WorkbookLike = {
      sharedStrings: await readSharedStrings(zip),
      styles: percentStyles(structure.percentStyles),
      properties: {},
    };
    const merges = new Map(structure.merges);
    const missing: string[] = [];
    for (const sheet of structure.sheets) {
      const part = await zip.stream(sheet.part);
      if (!part) {
        missing.push(sheet.name);
        continue;
      }
      const hidden = sheet.state === 'hidden' || sheet.state === 'veryHidden';
      await send({ type: 'sheet', name: sheet.name, hidden });
      const rows = new WorksheetReader({
        workbook,
        id: sheet.sheetId,
        iterator: inSlices(part),
        options: OPTIONS,
      });
      const fill = mergeFiller(merges.get(sheet.name) ?? []);
      const percents = structure.percentStyles.length > 0;
      await sendRows(rows, (row) => fill(toSheetRow(row, percents)), send, batchRows);
      await send({ type: 'sheetEnd' });
    }
    await send({ type: 'end', missing });
  } finally {
    zip.close();
  }
}

async function sendRows(
  sheet: WorksheetParser,
  convert: (row: ExcelRow) => SheetRow,
  send: (message: ReadMessage) => Promise<void>,
  batchRows: number,
): Promise<void> {
  let batch = new RowBatch();
  for await (const rows of rowGroups(sheet)) {
    for (const row of rows) {
      batch.add(convert(row));
      if (batch.size >= batchRows) {
        await send({ type: 'rows', bytes: batch.pack() });
        batch = new RowBatch();
      }
    }
  }
  if (batch.size > 0) {
    await send({ type: 'rows', bytes: batch.pack() });
  }
}

/**
 * A sheet's rows as exceljs parses them, a slice of XML at a time. Its own row iterator is an
 * async generator over the same events: a promise and a turn of the microtask queue per row.
 */
async function* rowGroups(sheet: WorksheetParser): AsyncGenerator<ExcelRow[]> {
  for await (const events of sheet.parse()) {
    const rows: ExcelRow[] = [];
    for (const event of events) {
      if (event.eventType === 'row') {
        rows.push(event.value as ExcelRow);
      }
    }
    yield rows;
  }
}

/** exceljs's worksheet reader: `parse()` yields each slice's events ('row' among them). */
interface WorksheetParser {
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
}

/**
 * exceljs's parse of xl/sharedStrings.xml (rich text kept as runs). Without the part, a sheet
 * that refers to a shared string gives `{ sharedString: n }`, which stops the read.
 */
async function readSharedStrings(zip: ZipParts): Promise<unknown[] | undefined> {
  const part = await zip.stream(SHARED_STRINGS);
  if (!part) {
    return undefined;
  }
  const reader = new WorkbookReader('', {
    sharedStrings: 'cache',
  }) as unknown as SharedStringsParser;
  for await (const _ of reader._parseSharedStrings(part)) {
    // 'cache' keeps every string on the reader and yields nothing
  }
  return reader.sharedStrings ?? [];
}

interface SharedStringsParser {
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  sharedStrings?: unknown[];
}

/** What exceljs's worksheet reader takes from its workbook. */
interface WorkbookLike {
  sharedStrings: unknown[] | undefined;
  styles: CellStyles;
  properties: object;
}
