import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseRefusal, DB_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../errors';
import { sayLimit } from '../modules/common/messages/limit-texts';
import type { RequestContext } from '../modules/common/request-context';

/**
 * Names the database refusals a request causes before errors are formatted (and masked): a
 * statement stopped by `statement_timeout` is STATEMENT_TIMEOUT, 503 — the server could not
 * answer in time, the same question may pass when it is less busy or narrowed; a value PostgreSQL
 * cannot take (an out-of-range number, a NUL character) is BAD_USER_INPUT, 400. Neither carries
 * PostgreSQL's text. A database that cannot be reached answers 503 with Retry-After.
 */
export function databaseErrorsPlugin(timeoutMs: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            if (isDatabaseUnavailable(cause)) {
              // as on the REST routes: 503 with Retry-After, so a client or a balancer waits
              const headers = new HeaderMap([['retry-after', String(DB_RETRY_AFTER_SECONDS)]]);
              Object.assign(error.extensions, { http: { status: 503, headers } });
              continue;
            }
            const refusal = databaseRefusal(cause);
            if (!refusal) {
              continue;
            }
            const timeout = refusal === 'STATEMENT_TIMEOUT';
            const seconds = Math.round(timeoutMs / 100) / 10;
            error.message = sayLimit(contextValue.lang, refusal, { seconds });
            Object.assign(error.extensions, {
              code: timeout ? 'STATEMENT_TIMEOUT' : 'BAD_USER_INPUT',
              http: { status: timeout ? 503 : 400 },
            });
          }
        },
      };
    },
  };
}
