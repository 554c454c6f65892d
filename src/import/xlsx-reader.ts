import ExcelJS from 'exceljs';
import type { RawCell } from './cells';
import { fillMerges } from './merges';
import type { WorkbookSheet } from './structure';
import type { MergeRange, SheetRow } from './types';

/** The inspection's findings as they cross to the reading thread (a Map does not). */
export interface ThreadStructure {
  sheets: WorkbookSheet[];
  merges: [string, MergeRange[]][];
}

/** What the reading thread tells the importer, in order. */
export type ReadMessage =
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'rows'; rows: SheetRow[] }
  | { type: 'sheetEnd' }
  | { type: 'end'; missing: string[] }
  | { type: 'error'; message: string };

/**
 * exceljs's streaming reader over one workbook, as messages: each sheet's rows in batches, with
 * merged cells filled from their first cell. `send` resolves when the receiver wants more.
 */
export async function readXlsx(
  path: string,
  structure: ThreadStructure,
  send: (message: ReadMessage) => Promise<void>,
  batchRows: number,
): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  seedWorkbookModel(reader as unknown as ReaderInternals, structure.sheets);
  const merges = new Map(structure.merges);
  const seen = new Set<string>();
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as WorksheetReaderLike;
    seen.add(ws.name);
    await send({
      type: 'sheet',
      name: ws.name,
      hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    });
    let batch: SheetRow[] = [];
    for await (const row of fillMerges(xlsxRows(ws), merges.get(ws.name) ?? [])) {
      batch.push(row);
      if (batch.length >= batchRows) {
        await send({ type: 'rows', rows: batch });
        batch = [];
      }
    }
    if (batch.length > 0) {
      await send({ type: 'rows', rows: batch });
    }
    await send({ type: 'sheetEnd' });
  }
  await send({
    type: 'end',
    missing: structure.sheets.filter((s) => !seen.has(s.name)).map((s) => s.name),
  });
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
function seedWorkbookModel(reader: ReaderInternals, sheets: readonly WorkbookSheet[]): void {
  reader.model = {
    sheets: sheets.map((s) => ({ name: s.name, id: s.sheetId, state: s.state, rId: s.rId })),
  };
  reader.workbookRels = sheets.map((s) => ({ Id: s.rId, Target: `worksheets/${s.file}` }));
}
