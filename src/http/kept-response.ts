import type { Response } from 'express';
import type { AnswerCache } from '../modules/comparison/answer-cache';
import { setAnswerHeaders } from './answer-etag';

/** A whole response as the answer cache keeps it: its headers of note and its body. */
export interface KeptResponse {
  type: string;
  /** Content-Disposition of a download (an export), if any. */
  disposition?: string;
  body: Buffer;
}

/**
 * Sends the response kept under `key` for the request's data version, if there is one, with its
 * validators (`tagOf` the version); says whether it did, and the version a response computed
 * instead answers to.
 */
export async function sendKeptResponse(
  res: Response,
  answers: AnswerCache,
  key: string,
  tagOf: (version: string) => string,
  vary: readonly string[],
): Promise<{ sent: boolean; version: string }> {
  const { version, value } = await answers.lookupBytes(key, res);
  const kept = value ? decodeKept(value) : null;
  if (kept) {
    setAnswerHeaders(res, tagOf(version), vary);
    sendKept(res, kept);
  }
  return { sent: kept !== null, version };
}

/**
 * Keeps the response about to be sent, under `key` and the version `versionOf` names once it
 * ends (null: it is not an answer to keep), with its type and any download name.
 */
export function keepResponse(
  res: Response,
  answers: AnswerCache,
  key: string,
  versionOf: () => string | null,
): void {
  captureBody(res, (body) => {
    const version = versionOf();
    if (version !== null) {
      const disposition = res.getHeader('content-disposition');
      const type = String(res.getHeader('content-type'));
      const kept = { type, disposition: disposition ? String(disposition) : undefined, body };
      answers.storeBytes(key, version, body.length, () => encodeKept(kept));
    }
  });
}

/**
 * As bytes, so that any API process can send it (the shared level holds bytes only): one line of
 * JSON with the headers, then the body as it was sent.
 */
function encodeKept(kept: KeptResponse): Buffer {
  const head = JSON.stringify({ type: kept.type, disposition: kept.disposition });
  return Buffer.concat([Buffer.from(`${head}\n`), kept.body]);
}

/** The response `encodeKept` made, or null for bytes it did not make (then it is computed). */
function decodeKept(bytes: Buffer): KeptResponse | null {
  const newline = bytes.indexOf(10);
  if (newline < 0) {
    return null;
  }
  try {
    const head = JSON.parse(bytes.subarray(0, newline).toString()) as Partial<KeptResponse>;
    if (typeof head.type !== 'string') {
      return null;
    }
    const disposition = typeof head.disposition === 'string' ? head.disposition : undefined;
    return { type: head.type, disposition, body: bytes.subarray(newline + 1) };
  } catch {
    return null;
  }
}

function sendKept(res: Response, kept: KeptResponse): void {
  if (kept.disposition) {
    res.setHeader('Content-Disposition', kept.disposition);
  }
  res.status(200).type(kept.type).send(kept.body);
}

/** Calls `done` with the whole body just before the response ends (headers may still be set). */
function captureBody(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunks, chunk);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunks, chunk);
    // one chunk (a body sent whole) is passed as it is: it is not written to again
    done(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    return end(chunk, ...rest);
  }) as Response['end'];
}

function collect(chunks: Buffer[], chunk: unknown): void {
  if (typeof chunk === 'string') {
    chunks.push(Buffer.from(chunk));
  } else if (Buffer.isBuffer(chunk)) {
    chunks.push(chunk);
  } else if (chunk instanceof Uint8Array) {
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
}
