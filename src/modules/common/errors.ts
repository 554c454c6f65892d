import { GraphQLError } from 'graphql';

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
