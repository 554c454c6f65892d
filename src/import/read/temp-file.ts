import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempFile {
  path: string;
  remove(): Promise<void>;
}

/**
 * Saves an upload stream to a private temporary file for the importer, which reads the file
 * twice (once to inspect it, once to import it).
 */
export async function saveTemp(stream: Readable, fileName: string): Promise<TempFile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sports-ledger-upload-'));
  const file = path.join(
    dir,
    path.basename(fileName).replace(/[^\p{L}\p{N}._-]/gu, '_') || 'upload',
  );
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path: file, remove };
}

/** Saves the stream, runs `use` on the file, and removes it whatever happens. */
export async function withTempFile<T>(
  stream: Readable,
  fileName: string,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const temp = await saveTemp(stream, fileName);
  try {
    return await use(temp.path);
  } finally {
    await temp.remove();
  }
}
