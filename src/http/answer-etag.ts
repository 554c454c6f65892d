import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * The validator of an answer: the data version it was computed under and a hash of what names
 * the representation (the question, its arguments, Accept and language; not the caller, since
 * reads are the same for every reader). Weak, because equal answers need not be equal bytes (an
 * XLSX carries the time it was written). The version is the one the request took before it
 * computed (AnswerCache.version), so a body is never older than its tag says: a tag of the
 * current version marks a body of the current data.
 */
export function answerTag(version: string, representation: string): string {
  const hash = createHash('sha256').update(representation).digest('base64url').slice(0, 22);
  return `W/"${version}-${hash}"`;
}

/** Whether the client's If-None-Match names `tag` (weak comparison, as GET revalidation uses). */
export function matchesTag(req: Request, tag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) {
    return false;
  }
  const opaque = tag.replace(/^W\//, '');
  return header.split(',').some((listed) => listed.trim().replace(/^W\//, '') === opaque);
}

/**
 * The validator of an answer and how it may be kept: a browser, a BI tool or a proxy may keep
 * it but asks again each time (no-cache), and that revalidation costs the server no statement.
 */
export function setAnswerHeaders(res: Response, tag: string, vary: readonly string[]): void {
  res.setHeader('ETag', tag);
  res.setHeader('Cache-Control', 'no-cache');
  for (const header of vary) {
    res.vary(header);
  }
}

/** 304 with the validators and no body, as a revalidated answer is sent. */
export function sendNotModified(res: Response, tag: string, vary: readonly string[]): void {
  setAnswerHeaders(res, tag, vary);
  res.status(304).end();
}
