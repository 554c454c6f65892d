import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { TEXT_EXTENSION, type CatalogText } from '../modules/common/errors';
import { DEFAULT_LANG, type Lang } from '../modules/common/messages/lang';
import { say } from '../modules/common/messages/clerk-texts';
import { argumentErrorText } from './argument-errors';
import type { RequestContext } from '../modules/common/request-context';

/**
 * Says each GraphQL error that carries a catalog sentence (a refusal thrown by a service, a
 * masked unexpected error) in the request's language, and drops the carrier: what a client
 * reads is `message` and `extensions.code`, as with any other error. An input refused by its
 * class-validator checks is said from its `validationErrors`.
 */
export function localizeErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.errors) {
            const lang = contextValue?.lang ?? DEFAULT_LANG;
            body.singleResult.errors = body.singleResult.errors.map((e) => localized(e, lang));
          }
        },
      };
    },
  };
}

function localized(error: GraphQLFormattedError, lang: Lang): GraphQLFormattedError {
  const text = error.extensions?.[TEXT_EXTENSION] as CatalogText | undefined;
  if (!text) {
    const invalid = argumentErrorText(error.extensions?.validationErrors, lang);
    return invalid ? { ...error, message: invalid } : error;
  }
  const { [TEXT_EXTENSION]: _carrier, ...extensions } = error.extensions ?? {};
  return { ...error, message: say(lang, text.key, text.params), extensions };
}
