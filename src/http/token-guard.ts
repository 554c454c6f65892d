import { LRUCache } from 'lru-cache';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { QueryLimits } from '../config';
import { sayLimit } from '../modules/common/messages/limit-texts';
import { requestLang } from './request-lang';

export interface SourceCount {
  tokens: number;
  aliases: number;
}

/**
 * Counts a query's tokens and aliases with GraphQL's own lexer, stopping as soon as either passes
 * its limit: a megabyte of aliases costs milliseconds here, where parsing and validating it held
 * the event loop for seconds. An alias is a name followed by a colon outside parentheses (inside
 * them the colon follows an argument or variable). Aliases in fragments are counted again after
 * parsing, per spread. A lexing error stops the count: the parser reports it properly.
 */
export function countSource(query: string, limits: QueryLimits): SourceCount {
  const lexer = new Lexer(new Source(query));
  const count = { tokens: 0, aliases: 0 };
  let parens = 0;
  let previous: TokenKind | null = null;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      count.tokens += 1;
      if (token.kind === TokenKind.PAREN_L) {
        parens += 1;
      } else if (token.kind === TokenKind.PAREN_R) {
        parens -= 1;
      } else if (token.kind === TokenKind.COLON && previous === TokenKind.NAME && parens === 0) {
        count.aliases += 1;
      }
      previous = token.kind;
      if (count.aliases > limits.aliases || count.tokens > limits.tokens) {
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) {
      throw error;
    }
  }
  return count;
}

/**
 * Refuses an over-long query before Apollo parses it: 400 with ALIAS_LIMIT or TOKEN_LIMIT in
 * GraphQL's error shape. Reads the query of a GET, a JSON POST or a multipart operation alike.
 */
export function tokenGuard(limits: QueryLimits) {
  const passed = new LRUCache<string, true>({ max: PASSED_TEXTS });
  return (req: Request, res: Response, next: NextFunction): void => {
    for (const query of queriesOf(req)) {
      if (passed.has(query)) {
        continue;
      }
      const count = countSource(query, limits);
      const code =
        count.aliases > limits.aliases
          ? 'ALIAS_LIMIT'
          : count.tokens > limits.tokens
            ? 'TOKEN_LIMIT'
            : null;
      if (code) {
        const limit = code === 'ALIAS_LIMIT' ? limits.aliases : limits.tokens;
        const message = sayLimit(requestLang(req), code, { limit });
        res.status(400).json({ errors: [{ message, extensions: { code } }] });
        return;
      }
      if (query.length <= PASSED_MAX_CHARS) {
        passed.set(query, true);
      }
    }
    next();
  };
}

/**
 * Query texts counted already and within the limits: clients send the same few texts with new
 * variables, and lexing one again cost as much as a small question's statement. Short texts
 * only, and a bounded number of them (the least used leaves first), so the memory stays small.
 */
const PASSED_TEXTS = 500;
const PASSED_MAX_CHARS = 4000;

function queriesOf(req: Request): string[] {
  const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body, req.query];
  return bodies
    .map((body) => (body as { query?: unknown } | undefined)?.query)
    .filter((query): query is string => typeof query === 'string');
}
