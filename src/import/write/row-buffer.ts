// UTF-8 takes at most 3 bytes per UTF-16 code unit.
const MAX_BYTES_PER_UNIT = 3;

/**
 * How rows travel to the database: the text of one JSON array of arrays (for statements that
 * select from it), or COPY's text format (a line per row, tab-separated, \N for null).
 */
export type RowFormat = 'json' | 'copy';

/**
 * Rows gathered as the bytes the database will read, in memory outside the JavaScript heap.
 * Each row is encoded when it arrives, so neither the row nor its text outlives the moment:
 * thousands of buffered row objects would otherwise survive young-generation collections, be
 * promoted and swell the old generation until the next full collection. Buffers are reused.
 */
export class RowBuffer {
  private bytes: Buffer;
  private length: number;
  count = 0;

  constructor(
    readonly format: RowFormat,
    capacity = 1 << 20,
  ) {
    this.bytes = Buffer.allocUnsafeSlow(capacity);
    this.length = this.start();
  }

  push(row: readonly unknown[]): void {
    const text = this.format === 'json' ? JSON.stringify(row) : copyLine(row);
    this.reserve(text.length * MAX_BYTES_PER_UNIT + 2);
    if (this.format === 'json' && this.count > 0) {
      this.bytes[this.length++] = 0x2c; // ,
    }
    this.length += this.bytes.write(text, this.length, 'utf8');
    this.count += 1;
  }

  /** The rows so far, as a view of the buffer: valid until the next `clear`. */
  content(): Buffer {
    if (this.format === 'copy') {
      return this.bytes.subarray(0, this.length);
    }
    this.reserve(1);
    this.bytes[this.length] = 0x5d; // ]
    return this.bytes.subarray(0, this.length + 1);
  }

  clear(): void {
    this.length = this.start();
    this.count = 0;
  }

  private start(): number {
    if (this.format === 'copy') {
      return 0;
    }
    this.bytes[0] = 0x5b; // [
    return 1;
  }

  private reserve(extra: number): void {
    if (this.length + extra > this.bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.length + extra));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
  }
}

/** One row in COPY's text format. An array is a PostgreSQL array literal of quoted elements. */
export function copyLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i += 1) {
    line += (i === 0 ? '' : '\t') + copyValue(row[i]);
  }
  return `${line}\n`;
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '\\N';
  }
  switch (typeof value) {
    case 'string':
      return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Date) {
        return value.toISOString();
      }
      if (Array.isArray(value)) {
        return copyValue(
          `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
        );
      }
      return copyValue(JSON.stringify(value));
  }
}
