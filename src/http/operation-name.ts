import type { Request } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/** The operation name of a GraphQL request that names none. */
export const ANONYMOUS = '(anonymous)';
/** A name that is not a GraphQL name (the log and the metrics never carry free text). */
export const INVALID = '(invalid)';

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const OPERATION_KEYWORDS = new Set(['query', 'mutation', 'subscription']);
/** Enough tokens to pass a few fragments before the operation; a request log must stay cheap. */
const MAX_TOKENS = 2000;

/**
 * The name of the operation a /graphql request asked for, as the client sent it: `operationName`
 * when given, else the first operation's name in the query text. Read from the parsed body (a
 * JSON POST, or a multipart upload's operations) or from a GET's query string; never the
 * variables. null for a request that is not a GraphQL request.
 */
export function operationNameOf(req: Request): string | null {
  if (pathOf(req.originalUrl) !== '/graphql') {
    return null;
  }
  const params = paramsOf(req);
  if (typeof params?.operationName === 'string' && params.operationName !== '') {
    return NAME.test(params.operationName) ? params.operationName : INVALID;
  }
  return typeof params?.query === 'string' ? firstOperationName(params.query) : ANONYMOUS;
}

function paramsOf(req: Request): { operationName?: unknown; query?: unknown } | null {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return req.query as { operationName?: unknown; query?: unknown };
  }
  const body: unknown = req.body;
  return body && typeof body === 'object' && !Array.isArray(body) ? body : null;
}

/**
 * The first operation's name at the top level of a document. Fragments before it are stepped
 * over; braces inside parentheses (object values of arguments) are not selection sets.
 */
export function firstOperationName(query: string): string {
  const lexer = new Lexer(new Source(query));
  const at = { depth: 0, parens: 0, fragment: false, keyword: false };
  try {
    for (let n = 0, token = lexer.advance(); n < MAX_TOKENS; n += 1, token = lexer.advance()) {
      const top = at.depth === 0 && at.parens === 0;
      if (token.kind === TokenKind.EOF || (top && at.keyword)) {
        return at.keyword && token.kind === TokenKind.NAME ? token.value : ANONYMOUS;
      }
      if (token.kind === TokenKind.PAREN_L || token.kind === TokenKind.PAREN_R) {
        at.parens += token.kind === TokenKind.PAREN_L ? 1 : -1;
      } else if (token.kind === TokenKind.BRACE_L && at.parens === 0) {
        if (top && !at.fragment) {
          return ANONYMOUS; // the `{ … }` shorthand of an unnamed query
        }
        at.depth += 1;
        at.fragment = false;
      } else if (token.kind === TokenKind.BRACE_R && at.parens === 0) {
        at.depth -= 1;
      } else if (top && token.kind === TokenKind.NAME) {
        at.fragment ||= token.value === 'fragment';
        at.keyword = !at.fragment && OPERATION_KEYWORDS.has(token.value);
      }
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) {
      throw error;
    }
  }
  return ANONYMOUS;
}

function pathOf(url: string): string {
  const end = url.indexOf('?');
  return (end === -1 ? url : url.slice(0, end)).replace(/\/+$/, '');
}
