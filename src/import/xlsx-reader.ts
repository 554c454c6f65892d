import ExcelJS from 'exceljs';
import type { RawCell } from './cells';
import { mergeFiller } from './merges';
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
  | { type: 'rows'; flat: unknown[] }
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
    const fill = mergeFiller(merges.get(ws.name) ?? []);
    let batch = new RowBatch();
    for await (const row of ws) {
      batch.add(fill(toSheetRow(row)));
      if (batch.size >= batchRows) {
        await send({ type: 'rows', flat: batch.flat });
        batch = new RowBatch();
      }
    }
    if (batch.size > 0) {
      await send({ type: 'rows', flat: batch.flat });
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

// exceljs rows are 1-based and sparse; ours start at column A.
function toSheetRow(row: { number: number; values: RawCell[] }): SheetRow {
  const values = row.values;
  const cells = new Array<RawCell>(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i += 1) {
    cells[i - 1] = values[i] ?? null;
  }
  return { number: row.number, cells };
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

/**
 * Rows packed into one flat array (row number, cell count, cells…): copying one array of
 * plain values between threads costs far less than copying thousands of small objects.
 */
export class RowBatch {
  readonly flat: unknown[] = [];
  size = 0;

  add(row: SheetRow): void {
    this.flat.push(row.number, row.cells.length, ...row.cells);
    this.size += 1;
  }

  static *unpack(flat: readonly unknown[]): Generator<SheetRow> {
    for (let i = 0; i < flat.length;) {
      const number = flat[i] as number;
      const count = flat[i + 1] as number;
      yield { number, cells: flat.slice(i + 2, i + 2 + count) as RawCell[] };
      i += 2 + count;
    }
  }
}
