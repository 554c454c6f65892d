import { parse } from '@fast-csv/parse';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { TextDecoder } from 'node:util';
import * as iconv from 'iconv-lite';
import { csvLimitGuard } from './csv-limits';
import { damagedWorkbook } from './refusal';

/** What Excel and WPS write when a clerk saves as CSV: UTF-8 with or without BOM, or GBK. */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

export interface DecodedCsv {
  encoding: CsvEncoding;
  /** Records in file order; a blank line is an empty array, so row numbers match Excel's. */
  rows: AsyncGenerator<string[]>;
}

export interface CsvReadOptions {
  /** Bytes read from disk at a time. */
  highWaterMark?: number;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SAMPLE_BYTES = 64 * 1024;
// GB18030 decodes all of GBK and GB2312, so one legacy codec covers every Chinese Excel and WPS.
const CODECS: Record<CsvEncoding, string> = {
  'utf-8-bom': 'utf-8',
  'utf-8': 'utf-8',
  gb18030: 'gb18030',
};

/** Detects the encoding, then streams the records: the file is never held in memory whole. */
export async function decodeCsv(path: string, options: CsvReadOptions = {}): Promise<DecodedCsv> {
  const encoding = await detectEncoding(path);
  return { encoding, rows: parseRows(path, encoding, options.highWaterMark) };
}

export async function* readCsvRows(
  path: string,
  options: CsvReadOptions = {},
): AsyncGenerator<string[]> {
  const { rows } = await decodeCsv(path, options);
  yield* rows;
}

/**
 * UTF-8 if the bytes are valid UTF-8 from the start up to a sample past the first non-ASCII byte;
 * a GBK file almost never is. A pure-ASCII head proves nothing, so reading goes on until the
 * Chinese text starts.
 */
async function detectEncoding(path: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let budget = Infinity;
  let first = true;
  const stream: AsyncIterable<Buffer> = createReadStream(path, { highWaterMark: SAMPLE_BYTES });
  for await (const chunk of stream) {
    if (first && UTF8_BOM.equals(chunk.subarray(0, 3))) {
      return 'utf-8-bom';
    }
    first = false;
    if (!isUtf8(decoder, chunk)) {
      return 'gb18030';
    }
    if (budget === Infinity && chunk.some((byte) => byte > 0x7f)) {
      budget = SAMPLE_BYTES;
    } else if ((budget -= chunk.length) <= 0) {
      return 'utf-8';
    }
  }
  return isUtf8(decoder) ? 'utf-8' : 'gb18030';
}

/** Streaming decode: a character split across chunks waits for its tail instead of failing. */
function isUtf8(decoder: TextDecoder, chunk?: Buffer): boolean {
  try {
    decoder.decode(chunk, { stream: chunk !== undefined });
    return true;
  } catch {
    return false;
  }
}

async function* parseRows(
  path: string,
  encoding: CsvEncoding,
  highWaterMark?: number,
): AsyncGenerator<string[]> {
  const parser = parse<string[], string[]>({ headers: false });
  // Errors reach the consumer through the parser, which pipeline destroys with them.
  pipeline(
    createReadStream(path, { highWaterMark }),
    iconv.decodeStream(CODECS[encoding]),
    csvLimitGuard(),
    parser,
    () => undefined,
  );
  try {
    for await (const row of parser) {
      yield row as string[];
    }
  } catch (error) {
    throw isParseError(error) ? damagedWorkbook(`CSV: ${error.message.slice(0, 120)}`) : error;
  }
}

// fast-csv throws plain Errors; its syntax errors are told apart by their message.
function isParseError(error: unknown): error is Error {
  return error instanceof Error && error.message.startsWith('Parse Error');
}
