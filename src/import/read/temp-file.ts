import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempFile {
  path: string;
  remove(): Promise<void>;
}

/**
 * Where this app's temporary files go: one directory per process under the system's temporary
 * directory, named by its pid, so a server starting on the same machine can tell the files of a
 * process that was killed (removed) from those of one still running (left alone).
 */
export function tempRoot(): string {
  return path.join(os.tmpdir(), 'sports-ledger');
}

const OWN = `${process.pid}-${randomBytes(4).toString('hex')}`;

/** This process's own temporary directory (it may not exist yet). */
export function ownTempDir(): string {
  return path.join(tempRoot(), OWN);
}

/**
 * Saves an upload stream to a private temporary file for the importer, which reads the file
 * twice (once to inspect it, once to import it).
 */
export async function saveTemp(stream: Readable, fileName: string): Promise<TempFile> {
  await mkdir(ownTempDir(), { recursive: true, mode: 0o700 });
  const dir = await mkdtemp(path.join(ownTempDir(), 'upload-'));
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

/** Directories the versions before per-process directories made, straight in the temp dir. */
const LEGACY_PREFIX = 'sports-ledger-upload-';
const LEGACY_AGE_MS = 3600_000;

/**
 * Removes what killed processes of this app left in the temporary directory (a SIGKILL skips
 * every `finally`): the directories of processes no longer alive on this machine, and old ones
 * of the earlier layout. Returns the paths removed.
 */
export async function removeStaleTemp(): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(tempRoot()).catch(() => [] as string[])) {
    const pid = Number(name.split('-')[0]);
    if (name !== OWN && Number.isInteger(pid) && pid > 0 && !alive(pid)) {
      removed.push(path.join(tempRoot(), name));
    }
  }
  const cutoff = Date.now() - LEGACY_AGE_MS;
  for (const name of await readdir(os.tmpdir()).catch(() => [] as string[])) {
    if (!name.startsWith(LEGACY_PREFIX)) {
      continue;
    }
    const dir = path.join(os.tmpdir(), name);
    const modified = (await stat(dir).catch(() => null))?.mtimeMs ?? Infinity;
    if (modified < cutoff) {
      removed.push(dir);
    }
  }
  await Promise.all(removed.map((dir) => rm(dir, { recursive: true, force: true })));
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
