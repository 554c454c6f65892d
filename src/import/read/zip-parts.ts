import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { inflatedStream } from './inspect-file';

/**
 * The parts of an .xlsx opened by name, in whatever order the reader needs them. exceljs's own
 * reader walks the zip from front to back, so a workbook that stores its sheets before
 * xl/sharedStrings.xml (as Excel does) had every sheet copied to a temporary file first; read by
 * name, the shared strings come first and no sheet is ever copied.
 */
export class ZipParts {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  /** Opens the zip and reads its central directory (no part is inflated yet). */
  static async open(path: string): Promise<ZipParts> {
    const zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      validateEntrySizes: false,
      autoClose: false,
    });
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        entries.set(entry.fileName, entry);
      }
    } catch (error) {
      zip.close();
      throw error;
    }
    return new ZipParts(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's inflated bytes as a stream, or null when the zip has no such part. */
  async stream(name: string): Promise<Readable | null> {
    const entry = this.entries.get(name);
    if (!entry) {
      return null;
    }
    const source = await this.zip.openReadStreamPromise(entry, { decompress: false });
    return inflatedStream(entry, source);
  }

  close(): void {
    this.zip.close();
  }
}

const PARSE_SLICE = 16 * 1024;

/**
 * A part's bytes in slices of at most 16 KiB, for exceljs's worksheet parser. It turns a whole
 * chunk into XML events and rows before it hands any row on, so all of a chunk's objects are alive
 * at once: from the 256 KiB chunks a part is inflated in (to spare trips to the thread pool) they
 * outlived young-generation collections and were promoted, and the collections cost more than
 * the slicing saves. A slice is a view: no byte is copied.
 */
export async function* inSlices(stream: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let start = 0; start < chunk.length; start += PARSE_SLICE) {
      yield chunk.subarray(start, start + PARSE_SLICE);
    }
  }
}
