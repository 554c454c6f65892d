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
]);

/** Masks unexpected errors so no SQL or stack trace reaches a client; logs them instead. */
export function makeFormatError(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      return formatted;
    }
    onInternal(unwrapResolverError(error));
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
