import { deserialize, serialize } from 'node:v8';
import type ExcelJS from 'exceljs';
import type { RawCell } from '../parse/cells';
import { mergeFiller } from './merges';
import type { WorkbookSheet } from './workbook-structure';
import type { MergeRange, SheetRow } from './sheet-source';

/**
 * exceljs's streaming reader alone (the class ExcelJS.stream.xlsx.WorkbookReader): the package's
 * main module also loads its writers (archiver, jszip, fast-csv, dayjs…), about 10 MB more in the
 * reading thread and a slower start. exceljs is pinned, so the path is stable.
 */
const WorkbookReader =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('exceljs/lib/stream/xlsx/workbook-reader') as typeof ExcelJS.stream.xlsx.WorkbookReader;

/** The inspection's findings as they cross to the reading thread (a Map does not). */
export interface ThreadStructure {
  sheets: WorkbookSheet[];
  sharedStrings: boolean;
  merges: [string, MergeRange[]][];
}

/** What the reading thread tells the importer, in order. */
export type ReadMessage =
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'rows'; bytes: Uint8Array }
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
  const reader = new WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  seedWorkbookModel(
    reader as unknown as ReaderInternals,
    structure.sheets,
    structure.sharedStrings,
  );
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
        await send({ type: 'rows', bytes: batch.pack() });
        batch = new RowBatch();
      }
    }
    if (batch.size > 0) {
      await send({ type: 'rows', bytes: batch.pack() });
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

/**
 * exceljs rows are 1-based and sparse; ours start at column A. A cell exceljs gives as
 * `{ sharedString: n }` means it parsed the sheet without the workbook's shared strings, which
 * its streaming reader has been seen to lose when the worksheets come before
 * xl/sharedStrings.xml: every text would be missing, so the read stops rather than go on.
 */
export function toSheetRow(row: { number: number; values: RawCell[] }): SheetRow {
  const values = row.values;
  const cells = new Array<RawCell>(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i += 1) {
    const value = values[i] ?? null;
    if (typeof value === 'string') {
      cells[i - 1] = detached(value);
    } else if (typeof value === 'object' && value !== null && 'sharedString' in value) {
      throw new Error(SHARED_STRINGS_LOST);
    } else {
      cells[i - 1] = value;
    }
  }
  return { number: row.number, cells };
}

export const SHARED_STRINGS_LOST =
  'its shared strings (xl/sharedStrings.xml) were not read with its sheets; please upload it again';

/**
 * The same text, not tied to the chunk of XML it was read from. V8 represents a longer substring
 * as a view of its parent string, so one cell kept for a moment keeps the whole decoded chunk
 * (64 KiB of XML) alive: kept across a young-generation collection, it is promoted and stays
 * until the next full one. Concatenating and slicing copies the few characters instead.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

interface ReaderInternals {
  model?: { sheets: { name: string; id: number; state: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
}

/**
 * Gives exceljs's reader the sheet list read while the file was inspected. The reader learns it
 * from xl/workbook.xml, which many writers store last; under load its entry loop has been seen
 * to end without it, naming no sheet ("reading 'sheets'"). The entries, when they come, say the
 * same.
 */
function seedWorkbookModel(
  reader: ReaderInternals,
  sheets: readonly WorkbookSheet[],
  sharedStrings: boolean,
): void {
  reader.model = {
    sheets: sheets.map((s) => ({ name: s.name, id: s.sheetId, state: s.state, rId: s.rId })),
  };
  reader.workbookRels = sheets.map((s) => ({ Id: s.rId, Target: `worksheets/${s.file}` }));
  // Until it has read the shared strings, exceljs copies each worksheet it meets to a temporary
  // file (as large as the sheet's XML) and parses the copies at the end. A workbook without
  // shared strings (inline text, as streaming writers store it) has none to wait for: its
  // sheets are parsed straight from the zip.
  if (!sharedStrings) {
    reader.sharedStrings = [];
  }
}

/**
 * A few rows packed into one flat array (row number, cell count, cells…) and serialized: the
 * bytes cross to the importer's thread without a copy and wait there, outside its heap, until
 * their turn comes. Batches are small so that rows do not live long enough, on either side, to
 * be promoted out of the young generation (which would swell the heap until a full collection).
 */
export class RowBatch {
  private readonly flat: unknown[] = [];
  size = 0;

  add(row: SheetRow): void {
    this.flat.push(row.number, row.cells.length, ...row.cells);
    this.size += 1;
  }

  pack(): Uint8Array {
    return serialize(this.flat);
  }

  static unpack(bytes: Uint8Array): SheetRow[] {
    const flat = deserialize(bytes) as unknown[];
    const rows: SheetRow[] = [];
    for (let i = 0; i < flat.length;) {
      const number = flat[i] as number;
      const count = flat[i + 1] as number;
      rows.push({ number, cells: flat.slice(i + 2, i + 2 + count) as RawCell[] });
      i += 2 + count;
    }
    return rows;
  }
}
