import { open } from 'node:fs/promises';
import * as refuse from './refusal';
import type { ImportRefusal } from './refusal';

// What a file that is not an .xlsx workbook turns out to be, so its refusal can say what to do
// (save as .xlsx, remove the password, upload the ledger instead of a Word document).

// CFB directory entries are 128-byte records and sectors are 512 or 4096 bytes from offset 0.
const DIR_ENTRY = 128;
const SCAN_CHUNK = 64 * 1024;

// Zips without xl/workbook.xml, told apart by a part name prefix; the first match wins.
const OTHER_ZIPS: Array<[part: string, () => ImportRefusal]> = [
  ['xl/workbook.bin', () => refuse.unsupportedFileType('an Excel binary workbook (.xlsb)')],
  ['xl/', () => refuse.damagedWorkbook('its part xl/workbook.xml is missing')],
  ['word/', () => refuse.notAWorkbook('a Word document')],
  ['ppt/', () => refuse.notAWorkbook('a PowerPoint presentation')],
  ['content.xml', () => refuse.unsupportedFileType('an OpenDocument file (.ods)')],
];

// Excel and WPS wrap a password-protected .xlsx in a CFB holding EncryptionInfo and
// EncryptedPackage streams; a legacy .xls is CFB too, but with a Workbook (or Book) stream.
const CFB_KINDS: Array<[stream: string, () => ImportRefusal]> = [
  ['EncryptionInfo', refuse.encryptedWorkbook],
  ['EncryptedPackage', refuse.encryptedWorkbook],
  ['WordDocument', () => refuse.notAWorkbook('a Word document (.doc)')],
  ['PowerPoint Document', () => refuse.notAWorkbook('a PowerPoint presentation (.ppt)')],
];

/** Why a zip without xl/workbook.xml cannot be imported: what it is instead. */
export function classifyZip(names: Set<string>): ImportRefusal {
  const kind = OTHER_ZIPS.find(([part]) => [...names].some((name) => name.startsWith(part)));
  return kind ? kind[1]() : refuse.notAWorkbook('a zip archive');
}

/** Why a CFB (OLE compound) file cannot be imported: encrypted, legacy .xls, or not Excel's. */
export async function classifyCfb(path: string): Promise<ImportRefusal> {
  const names = await scanCfbEntryNames(path);
  const kind = CFB_KINDS.find(([stream]) => names.has(stream));
  // Workbook/Book, or a directory too damaged to read: saving as .xlsx is the clerk's way out.
  return kind ? kind[1]() : refuse.legacyXls();
}

/**
 * Names of CFB directory entries, found by their fixed layout on 128-byte boundaries rather than
 * by walking the FAT: robust to damaged chains, constant memory, one sequential read.
 */
async function scanCfbEntryNames(path: string): Promise<Set<string>> {
  const names = new Set<string>();
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_CHUNK);
    for (let position = 0; ;) {
      const { bytesRead } = await file.read(buffer, 0, SCAN_CHUNK, position);
      const whole = bytesRead - (bytesRead % DIR_ENTRY);
      for (let at = 0; at < whole; at += DIR_ENTRY) {
        const name = directoryEntryName(buffer.subarray(at, at + DIR_ENTRY));
        if (name !== undefined) {
          names.add(name);
        }
      }
      if (whole === 0) {
        return names;
      }
      position += whole;
    }
  } finally {
    await file.close();
  }
}

/** [MS-CFB] 2.6.1: UTF-16LE name with its terminator, byte length at 0x40, object type at 0x42. */
function directoryEntryName(entry: Buffer): string | undefined {
  const length = entry.readUInt16LE(0x40);
  const sane = length >= 4 && length <= 64 && length % 2 === 0 && entry[0x43] <= 1;
  if (!sane || ![1, 2, 5].includes(entry[0x42]) || entry.readUInt16LE(length - 2) !== 0) {
    return undefined;
  }
  return entry.toString('utf16le', 0, length - 2);
}
