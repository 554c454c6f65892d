import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { classifyCfb, classifyZip } from './file-kinds';
import * as refuse from './refusal';
import { ImportRefusal } from './refusal';

export type FileFormat = 'xlsx' | 'csv';

/** Sees every inflated chunk of every zip entry, so one pass can also learn the workbook's layout. */
export type EntryObserver = (entryName: string, chunk: Buffer) => void;

export interface InspectLimits {
  maxBytes: number;
  /** Bytes the whole zip may inflate to, counted as produced: zip headers can lie. */
  maxInflatedBytes: number;
  /**
   * Bytes any other part may inflate to: styles, workbook.xml, relationships, drawings, notes…
   * Only the cells (worksheets, shared strings) grow with a ledger; the rest stays small even at
   * Excel's own limits (64,000 cell formats make a styles.xml of about 15 MB), yet exceljs builds
   * a whole tree of such a part in memory.
   */
  maxPartBytes?: number;
  maxEntries?: number;
}

/** The parts only the total limit bounds: a ledger's cells. */
const CELL_PART = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;
const DEFAULT_MAX_PART = 32 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SNIFF_BYTES = 8192;
const DEFAULT_MAX_ENTRIES = 10_000;
// zlib's default 16 KiB output chunks cost a trip to the thread pool each: 40,000 of them for a
// million-row sheet. 256 KiB chunks inflate the same sheet in about 60% of the time.
const INFLATE_CHUNK = 256 * 1024;
const STORED = 0;
const DEFLATED = 8;

/** Decides whether an upload can be read at all; throws an ImportRefusal when it cannot. */
export async function inspectFile(
  path: string,
  fileName: string,
  limits: InspectLimits,
  observe?: EntryObserver,
): Promise<{ format: FileFormat }> {
  const { size } = await stat(path);
  if (size > limits.maxBytes) {
    throw refuse.fileTooLarge(limits.maxBytes);
  }
  if (size === 0) {
    throw refuse.emptyWorkbook();
  }
  const head = await readHead(path);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
    const zip = await yauzl
      .openPromise(path, ZIP_OPTIONS)
      .catch((error: Error) => Promise.reject(refuse.damagedWorkbook(error.message)));
    await inspectZip(zip, limits, observe);
    return { format: 'xlsx' };
  }
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    throw await classifyCfb(path);
  }
  // Excel and WPS write CSV as UTF-8 or GBK, neither of which ever contains a NUL byte.
  if (head.includes(0)) {
    throw refuse.notAWorkbook('a binary file of another format');
  }
  if (extname(fileName).toLowerCase() === '.csv') {
    return { format: 'csv' };
  }
  throw refuse.notAWorkbook('a text file');
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const ZIP_OPTIONS = { lazyEntries: true, validateEntrySizes: false, autoClose: false };

/**
 * The same limits for a workbook held in memory (an upload kept with its batch, before exceljs
 * loads it whole to mark up the report); throws an ImportRefusal when it passes one.
 */
export async function inspectZipBuffer(content: Buffer, limits: InspectLimits): Promise<void> {
  if (content.length > limits.maxBytes) {
    throw refuse.fileTooLarge(limits.maxBytes);
  }
  const zip = await yauzl
    .fromBufferPromise(content, ZIP_OPTIONS)
    .catch((error: Error) => Promise.reject(refuse.damagedWorkbook(error.message)));
  await inspectZip(zip, limits);
}

async function inspectZip(
  zip: yauzl.ZipFile,
  limits: InspectLimits,
  observe?: EntryObserver,
): Promise<void> {
  try {
    const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (zip.entryCount > maxEntries) {
      throw refuse.tooManyParts(maxEntries);
    }
    const names = await inflateEntries(zip, limits, observe);
    if (!names.has('xl/workbook.xml')) {
      throw classifyZip(names);
    }
  } catch (error) {
    throw error instanceof ImportRefusal ? error : refuse.damagedWorkbook((error as Error).message);
  } finally {
    zip.close();
  }
}

/**
 * Inflates every entry to count the bytes really produced, stopping once past a limit: the
 * whole's, or the part's own (every part exceljs may parse is inflated here first).
 */
async function inflateEntries(
  zip: yauzl.ZipFile,
  limits: InspectLimits,
  observe?: EntryObserver,
): Promise<Set<string>> {
  const { maxInflatedBytes } = limits;
  const names = new Set<string>();
  let inflated = 0;
  for await (const entry of zip.eachEntry()) {
    names.add(entry.fileName.toLowerCase());
    if (entry.fileName.endsWith('/')) {
      continue;
    }
    const partLimit = CELL_PART.test(entry.fileName)
      ? maxInflatedBytes
      : Math.min(maxInflatedBytes, limits.maxPartBytes ?? DEFAULT_MAX_PART);
    let part = 0;
    const source = await zip.openReadStreamPromise(entry, { decompress: false });
    try {
      for await (const chunk of inflatedStream(entry, source)) {
        inflated += (chunk as Buffer).length;
        part += (chunk as Buffer).length;
        if (inflated > maxInflatedBytes) {
          throw refuse.zipBomb(maxInflatedBytes);
        }
        if (part > partLimit) {
          throw refuse.zipBomb(partLimit, entry.fileName);
        }
        observe?.(entry.fileName, chunk as Buffer);
      }
    } finally {
      source.destroy();
    }
  }
  return names;
}

/** An entry's bytes as stored, inflated in large chunks (the only two methods .xlsx uses). */
export function inflatedStream(entry: yauzl.Entry, source: Readable): Readable {
  if (entry.compressionMethod === STORED) {
    return source;
  }
  if (entry.compressionMethod !== DEFLATED) {
    throw refuse.damagedWorkbook(
      `its part ${entry.fileName} uses compression method ${entry.compressionMethod}`,
    );
  }
  const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
  source.on('error', (error) => inflate.destroy(error));
  return source.pipe(inflate);
}
