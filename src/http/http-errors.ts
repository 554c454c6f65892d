import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { databaseRefusal, DB_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../errors';
import type { Logger } from '../logger';
import { say, type ClerkTextKey } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { sayLimit } from '../modules/common/messages/limit-texts';
import { requestLang } from './request-lang';

/** A refusal a client may read: an HTTP status, a stable SCREAMING_SNAKE code and a sentence. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The one error body of the REST routes: `{ error: { code, message } }`. */
export function sendProblem(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Codes for the client errors express's body parsers raise (http-errors with a 4xx status). */
const CLIENT_CODES: Record<number, string> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Answers any route nothing else served in the envelope, not express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    const path = req.path.slice(0, 200);
    sendProblem(
      res,
      404,
      'NOT_FOUND',
      sayLimit(requestLang(req), 'NO_ROUTE', { method: req.method, path }),
    );
  };
}

/** What a body parser's refusal says to a reader of Chinese (English keeps the parser's words). */
const CLIENT_TEXTS: Record<number, ClerkTextKey> = {
  400: 'unparsableBody',
  413: 'bodyTooLarge',
  415: 'unsupportedBody',
};

/**
 * Mounted after every route: a HttpProblem becomes its JSON; a client error raised by a body
 * parser (unparsable JSON, too large) keeps its 4xx status; a database that cannot be reached is
 * a 503 the client may retry; anything else is logged and answered as a bare 500, so no stack
 * trace, SQL or HTML page reaches a client.
 */
export function problemHandler(log: Logger, statementSeconds = 0): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      // A file was half sent: express's own handler closes the connection, so the client
      // sees a broken download rather than a complete-looking one.
      log.error({ err: error }, 'response failed after its headers were sent');
      next(error);
      return;
    }
    if (error instanceof HttpProblem) {
      sendProblem(res, error.status, error.code, error.message);
      return;
    }
    const lang = requestLang(req);
    const status = clientErrorStatus(error);
    if (status !== null) {
      sendProblem(
        res,
        status,
        CLIENT_CODES[status] ?? 'BAD_REQUEST',
        clientText(error, status, lang),
      );
      return;
    }
    const refusal = databaseRefusal(error);
    if (refusal) {
      log.warn({ err: error }, 'database refused a statement of a request');
      const timeout = refusal === 'STATEMENT_TIMEOUT';
      sendProblem(
        res,
        timeout ? 503 : 400,
        timeout ? 'STATEMENT_TIMEOUT' : 'BAD_USER_INPUT',
        sayLimit(lang, refusal, { seconds: statementSeconds }),
      );
      return;
    }
    if (isDatabaseUnavailable(error)) {
      log.error({ err: error }, 'database unavailable');
      res.setHeader('Retry-After', String(DB_RETRY_AFTER_SECONDS));
      sendProblem(res, 503, 'DB_UNAVAILABLE', say(lang, 'dbUnavailable'));
      return;
    }
    log.error({ err: error }, 'unexpected error');
    sendProblem(res, 500, 'INTERNAL_SERVER_ERROR', say(lang, 'internal'));
  };
}

/**
 * The body parsers' own sentences name the parser's internals (and a JSON parser's position);
 * the common ones are said in the client's language, the rest as their status line.
 */
function clientText(error: unknown, status: number, lang: Lang): string {
  const { type, limit } = error as { type?: unknown; limit?: unknown };
  if (type === 'entity.parse.failed') {
    return sayLimit(lang, 'BAD_JSON');
  }
  if (type === 'entity.too.large') {
    return sayLimit(lang, 'BODY_TOO_LARGE', { limit: `${Number(limit) || 0} bytes` });
  }
  const { message, expose } = error as { message?: string; expose?: boolean };
  const detail = expose && message ? message : (STATUS_CODES[status] ?? 'Bad request');
  return say(lang, CLIENT_TEXTS[status] ?? 'badRequest', { status, detail });
}

function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) {
    return null;
  }
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : null;
}
