import { CatalogError } from './errors';

/** Opaque keyset cursors: the sort key of the last row seen, base64url-encoded. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify([key])).toString('base64url');
}

/**
 * The key of a cursor given out for a list keyed by `kind`; anything else (garbage, or a cursor
 * of another list) is BAD_CURSOR rather than a database error.
 */
export function decodeCursor(cursor: string, kind?: 'string' | 'integer'): string | number {
  try {
    const [key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (isKey(key, kind)) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new CatalogError('badCursor', { cursor: JSON.stringify(cursor) }, 'BAD_CURSOR');
}

const MAX_INT4 = 2 ** 31 - 1;

function isKey(key: unknown, kind: 'string' | 'integer' | undefined): key is string | number {
  const integer = Number.isInteger(key) && Math.abs(key as number) <= MAX_INT4;
  if (kind) {
    return kind === 'integer' ? integer : typeof key === 'string';
  }
  return integer || typeof key === 'string';
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    // the query limits refuse a page above MAX_PAGE before execution; this is the last word
    const code = n > MAX_PAGE ? 'PAGE_LIMIT' : 'BAD_USER_INPUT';
    throw new CatalogError('badPageSize', { max: MAX_PAGE, value: String(n) }, code, 400);
  }
  return n;
}
