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
