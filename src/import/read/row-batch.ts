import { deserialize, serialize } from 'node:v8';
import type { RawCell } from '../parse/cells';
import type { SheetRow } from './sheet-source';

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
    this.flat.push(row.number, row.cells.length);
    for (const cell of row.cells) {
      this.flat.push(cell);
    }
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
