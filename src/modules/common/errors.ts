import { GraphQLError } from 'graphql';
import { say, type CatalogText, type ClerkTextKey } from './messages/clerk-texts';
import type { TextParams } from './messages/text-types';

/** Errors a client may see, with stable codes; anything else is masked as INTERNAL_SERVER_ERROR. */
export class UserInputError extends GraphQLError {
  constructor(message: string, code = 'BAD_USER_INPUT') {
    super(message, { extensions: { code } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** A caller without a valid key (401), or whose key does not allow the operation (403). */
export class AccessDeniedError extends GraphQLError {
  constructor(message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN') {
    const status = code === 'UNAUTHENTICATED' ? 401 : 403;
    super(message, { extensions: { code, http: { status } } });
  }
}

/** Where a catalog sentence travels in an error's extensions until the response is localised. */
export const TEXT_EXTENSION = 'catalogText';
export type { CatalogText };

/**
 * A refusal said from the message catalog, thrown where the reader's language is not known (a
 * service under a resolver or an export). Its message is the English sentence; the GraphQL
 * transport says it in the request's language by the key it carries, and the export route by
 * `text`.
 */
export class CatalogError extends GraphQLError {
  readonly text: CatalogText;

  constructor(
    key: ClerkTextKey,
    params: TextParams = {},
    code = 'BAD_USER_INPUT',
    status?: number,
  ) {
    super(say('en', key, params), {
      extensions: {
        code,
        [TEXT_EXTENSION]: { key, params },
        ...(status ? { http: { status } } : {}),
      },
    });
    this.text = { key, params };
  }
}
