import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Knex } from '@mikro-orm/postgresql';

/** Bytes per statement, both ways: a few of them per megabyte, and never the whole file in memory. */
const CHUNK_BYTES = 512 * 1024;

/**
 * Streams an upload into a new large object inside `trx` (so it exists only if the transaction
 * that records its batch commits), hashing it on the way.
 */
export async function storeLargeObject(
  trx: Knex.Transaction,
  stream: Readable,
): Promise<{ oid: number; sha256: string; bytes: number }> {
  const { rows } = await trx.raw('select lo_create(0) as oid');
  const oid = Number(rows[0].oid);
  const hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  const flush = async () => {
    const chunk = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await trx.raw('select lo_put(?::oid, ?::bigint, ?::bytea)', [oid, offset, chunk]);
    offset += chunk.length;
  };
  for await (const piece of stream as AsyncIterable<Buffer>) {
    hash.update(piece);
    pending.push(piece);
    pendingBytes += piece.length;
    if (pendingBytes >= CHUNK_BYTES) {
      await flush();
    }
  }
  if (pendingBytes > 0) {
    await flush();
  }
  return { oid, sha256: hash.digest('hex'), bytes: offset };
}

/** The large object's bytes, a chunk per statement (for a Readable the importer saves). */
export async function* largeObjectChunks(db: Knex, oid: number): AsyncGenerator<Buffer> {
  for (let offset = 0; ; offset += CHUNK_BYTES) {
    const { rows } = await db.raw('select lo_get(?::oid, ?::bigint, ?) as chunk', [
      oid,
      offset,
      CHUNK_BYTES,
    ]);
    const chunk = rows[0].chunk as Buffer;
    if (chunk.length > 0) {
      yield chunk;
    }
    if (chunk.length < CHUNK_BYTES) {
      return;
    }
  }
}

/**
 * Removes an ended batch's large object (a queued upload's file is kept only while its job may
 * still run it); a batch still QUEUED or RUNNING keeps it. Returns whether one was removed.
 */
export async function releaseLargeObject(db: Knex, batchId: number): Promise<boolean> {
  return db.transaction(async (trx) => {
    const { rows } = await trx.raw(
      `select content_oid from import_batch
       where id = ? and content_oid is not null and status not in ('QUEUED', 'RUNNING')
       for update`,
      [batchId],
    );
    if (rows.length === 0) {
      return false;
    }
    await trx.raw('select lo_unlink(?::oid)', [rows[0].content_oid]);
    await trx.raw('update import_batch set content_oid = null where id = ?', [batchId]);
    return true;
  });
}
