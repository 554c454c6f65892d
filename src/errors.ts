import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** Codes a client may see (the features' errors and GraphQL's own); everything else is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_CURSOR',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'UPLOAD_REFUSED',
  'ARGUMENT_VALIDATION_ERROR',
  'ROLLBACK_REFUSED',
  'FILE_TOO_LARGE',
  'CSRF_REFUSED',
  'IMPORT_BUSY',
]);

/** Seconds a client is asked to wait before trying again when the database is away. */
export const DB_RETRY_AFTER_SECONDS = 5;

/**
 * Masks unexpected errors so no SQL or stack trace reaches a client; logs them instead. A lost
 * database is not the request's fault: it is said as DB_UNAVAILABLE, so a client retries later.
 */
export function makeFormatError(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      return formatted;
    }
    const cause = unwrapResolverError(error);
    onInternal(cause);
    const unavailable = isDatabaseUnavailable(cause);
    return {
      message: unavailable
        ? 'the database cannot be reached; try again later'
        : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: unavailable
        ? { code: 'DB_UNAVAILABLE', retryAfterSeconds: DB_RETRY_AFTER_SECONDS }
        : { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

// Socket errors, PostgreSQL's connection exceptions (class 08), a server shutting down or starting
// (57P01–57P03) or out of connection slots (53300).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const UNAVAILABLE_TEXT =
  /Connection terminated|Knex: Timeout acquiring a connection|Unable to acquire a connection|connection error|Client was closed|Connection is closed|ECONNREFUSED/i;

/** Whether an error (or one it was caused by) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) {
    return false;
  }
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08/.test(code))) {
    return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) {
    return true;
  }
  // an AggregateError (a connect to every address of localhost refused) lists its causes
  const nested = Array.isArray(errors) ? errors : [];
  return [cause, ...nested].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
