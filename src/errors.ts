import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { TEXT_EXTENSION } from './modules/common/errors';

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
  'LEGACY_XLS',
  'UNSUPPORTED_FILE_TYPE',
  'CSRF_REFUSED',
  // query limits and request hardening (docs/limits.md)
  'DEPTH_LIMIT',
  'ALIAS_LIMIT',
  'DIRECTIVE_LIMIT',
  'TOKEN_LIMIT',
  'COST_LIMIT',
  'PAGE_LIMIT',
  'STATEMENT_TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'IMPORT_BUSY',
]);

/** Seconds a client is asked to wait before trying again when the database is away. */
export const DB_RETRY_AFTER_SECONDS = 5;

/**
 * Masks unexpected errors so no SQL or stack trace reaches a client; logs them instead. A lost
 * database is not the request's fault: it is said as DB_UNAVAILABLE, so a client retries later.
 * The sentence is the catalog's, said in the request's language by http/localize-errors.ts.
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
        ? {
            code: 'DB_UNAVAILABLE',
            retryAfterSeconds: DB_RETRY_AFTER_SECONDS,
            [TEXT_EXTENSION]: { key: 'dbUnavailable', params: {} },
          }
        : { code: 'INTERNAL_SERVER_ERROR', [TEXT_EXTENSION]: { key: 'internal', params: {} } },
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

/**
 * What a PostgreSQL error the request caused means to its client: `STATEMENT_TIMEOUT` when the
 * statement ran past `statement_timeout` (57014), `BAD_DATABASE_VALUE` for a data exception
 * (class 22: a number out of range, a NUL character, text the encoding refuses), which only an
 * input can cause; null for anything else. MikroORM's wrappers keep PostgreSQL's code.
 */
export function databaseRefusal(
  error: unknown,
  depth = 0,
): 'STATEMENT_TIMEOUT' | 'BAD_DATABASE_VALUE' | null {
  if (typeof error !== 'object' || error === null || depth > 5) {
    return null;
  }
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (code === '57014') {
    return 'STATEMENT_TIMEOUT';
  }
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
    return 'BAD_DATABASE_VALUE';
  }
  return databaseRefusal(cause, depth + 1);
}
