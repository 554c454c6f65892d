import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// The ledgers built from the bureaus' real reports, kept in the repository (see their README.md).
const LEDGERS = path.resolve(__dirname, '../fixtures/ledgers');

/** A seed ledger by its path under test/fixtures/ledgers, e.g. 'bad/damaged.xlsx'. */
export function fixturePath(name: string): string {
  return path.join(LEDGERS, name);
}

/** A deflated zip part; `declaredSize` is what its headers claim, which a bomb may make up. */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  declaredSize?: number;
}

export function zipPart(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.from(content);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** Streams `size` zero bytes through zlib, so a 1 GiB part never exists uncompressed. */
export async function zerosPart(name: string, size: number): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(deflate, 'end');
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = size; left > 0; left -= zeros.length) {
    const chunk = zeros.subarray(0, Math.min(left, zeros.length));
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) {
      await once(deflate, 'drain');
    }
  }
  deflate.end();
  await ended;
  return { name, deflated: Buffer.concat(chunks), size, crc };
}

/** A zip laid out by hand (APPNOTE 4.3): local headers with data, central directory, end record. */
export async function writeZip(file: string, parts: ZipPart[]): Promise<void> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const fields = zipHeaderFields(part);
    const name = Buffer.from(part.name);
    const local = Buffer.concat([u32(0x04034b50), fields, name, part.deflated]);
    const tail = Buffer.concat([u16(0), u16(0), u16(0), u32(0), u32(offset)]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), fields, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = u16(parts.length);
  const end = [u32(0x06054b50), u16(0), u16(0), count, count, u32(directory.length)];
  await writeFile(file, Buffer.concat([...locals, directory, ...end, u32(offset), u16(0)]));
}

/** Version 2.0, UTF-8 names, deflate, 1980-01-01, CRC, sizes, name length, no extra field. */
function zipHeaderFields(part: ZipPart): Buffer {
  const sizes = [
    u32(part.crc >>> 0),
    u32(part.deflated.length),
    u32(part.declaredSize ?? part.size),
  ];
  const nameLength = u16(Buffer.byteLength(part.name));
  return Buffer.concat([
    u16(20),
    u16(0x0800),
    u16(8),
    u16(0),
    u16(0x21),
    ...sizes,
    nameLength,
    u16(0),
  ]);
}

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/**
 * A version 3 compound file ([MS-CFB]) whose directory holds `names` as streams. Directory
 * sectors alternate with padding, so the directory chain is not contiguous, as in files that
 * Excel has saved more than once.
 */
export async function writeCfb(file: string, names: string[]): Promise<void> {
  const entries = ['Root Entry', ...names].map((name, id, all) => cfbEntry(name, id, all.length));
  const dirSectors = Math.ceil(entries.length / 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  const body: Buffer[] = [];
  for (let i = 0; i < dirSectors; i++) {
    const sector = 1 + 2 * i;
    fat.writeUInt32LE(i === dirSectors - 1 ? END_OF_CHAIN : sector + 2, sector * 4);
    const slice = entries.slice(4 * i, 4 * i + 4);
    body.push(Buffer.concat([...slice, Buffer.alloc((4 - slice.length) * 128)]));
    body.push(Buffer.alloc(SECTOR, 0x5a));
  }
  await writeFile(file, Buffer.concat([cfbHeader(), fat, ...body]));
}

function cfbHeader(): Buffer {
  const header = Buffer.alloc(SECTOR, 0xff);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.fill(0, 8, 0x4c);
  [0x3e, 3, 0xfffe, 9, 6].forEach((value, i) => header.writeUInt16LE(value, 0x18 + 2 * i));
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts in sector 1
  header.writeUInt32LE(4096, 0x38);
  [0x3c, 0x44].forEach((at) => header.writeUInt32LE(END_OF_CHAIN, at));
  header.writeUInt32LE(0, 0x4c); // DIFAT[0]: the FAT is sector 0
  return header;
}

/** Root first, then every stream as the right sibling of the one before: a valid, lopsided tree. */
function cfbEntry(name: string, id: number, count: number): Buffer {
  const entry = Buffer.alloc(128);
  entry.write(`${name}\0`, 0, 'utf16le');
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry[0x42] = id === 0 ? 5 : 2;
  entry[0x43] = 1;
  entry.writeUInt32LE(FREE, 0x44);
  entry.writeUInt32LE(id > 0 && id + 1 < count ? id + 1 : FREE, 0x48);
  entry.writeUInt32LE(id === 0 && count > 1 ? 1 : FREE, 0x4c);
  entry.writeUInt32LE(END_OF_CHAIN, 0x74);
  return entry;
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}
