import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import * as yauzl from 'yauzl';
import { writeZip, zipPart, type ZipPart } from './fixtures';

/** Every part of a small .xlsx, inflated, by name and in zip order. */
export async function zipContents(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(await readFile(file), { lazyEntries: true });
  const parts = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
    }
    parts.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return parts;
}

/** Writes `file`'s parts again to `out`, with some replaced (a bomb for a style sheet, say). */
export async function rewriteXlsx(
  file: string,
  out: string,
  replace: Record<string, ZipPart | string>,
): Promise<string> {
  const parts = await zipContents(file);
  await writeZip(
    out,
    [...parts].map(([name, content]) => {
      const replacement = replace[name];
      if (replacement === undefined) {
        return zipPart(name, content);
      }
      return typeof replacement === 'string' ? zipPart(name, replacement) : replacement;
    }),
  );
  return out;
}

/**
 * A part of `head`, `unit` repeated `count` times and `tail`, deflated as it is produced: a
 * style sheet of hundreds of megabytes that never exists unpacked in the test.
 */
export async function repeatedPart(
  name: string,
  head: string,
  unit: string,
  count: number,
  tail: string,
): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const data = Buffer.from(text);
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) {
      await once(deflate, 'drain');
    }
  };
  await write(head);
  const block = unit.repeat(Math.max(1, Math.floor((1024 * 1024) / unit.length)));
  const perBlock = block.length / unit.length;
  let left = count;
  for (; left >= perBlock; left -= perBlock) {
    await write(block);
  }
  await write(unit.repeat(left) + tail);
  deflate.end();
  await ended;
  return { name, deflated: Buffer.concat(chunks), size, crc };
}
