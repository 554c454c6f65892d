import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { requestFacts } from './request-facts';

/** A request id a proxy or client may hand us: short, and no characters a log reader trips on. */
const SANE_ID = /^[\w.:@/+=-]{1,128}$/;
/** Probes an orchestrator sends every few seconds: logged at debug, not info. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);
/** Query-string parameters whose values never reach the log (BI tools send keys in /export URLs). */
const SECRET_PARAMS = new Set(['key', 'access_token', 'token']);

/**
 * One JSON line per request, written when it ends: its id (an incoming `X-Request-Id` when sane,
 * else a new UUID, echoed in the response), method, path, status, duration, the caller's role,
 * the route and the GraphQL operation's name (request-facts.ts). Never a header, the body, the
 * GraphQL query or its variables, nor a key: /graphql is logged without its query string and any
 * other URL with `key` masked.
 *
 * The line is the one pino-http wrote, built only when the logger's level keeps it. pino-http made
 * two child loggers per request, one of them serializing the request, whether a line was written
 * or not: a tenth of a millisecond, a fifth of the server's whole fixed cost per request.
 */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const sent = req.headers['x-request-id'];
    const requestId = typeof sent === 'string' && SANE_ID.test(sent) ? sent : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const start = Date.now();
    const ended = (error?: Error) => {
      res.off('close', ended);
      res.off('finish', ended);
      res.off('error', ended);
      writeLine(log, req, res, { requestId, start, error });
    };
    res.on('close', ended);
    res.on('finish', ended);
    res.on('error', ended);
    next();
  };
}

function writeLine(
  log: Logger,
  req: Request,
  res: Response,
  { requestId, start, error }: { requestId: string; start: number; error?: Error },
): void {
  const failed = error !== undefined || res.statusCode >= 500;
  const url = req.originalUrl ?? req.url;
  const level = failed ? 'error' : PROBES.has(pathOf(url)) ? 'debug' : 'info';
  if (!log.isLevelEnabled(level)) {
    return;
  }
  const line = {
    requestId,
    req: {
      method: req.method,
      url: safeUrl(url),
      remoteAddress: req.socket?.remoteAddress,
      userAgent: req.headers['user-agent']?.slice(0, 200),
    },
    res: { statusCode: res.statusCode },
    durationMs: Date.now() - start,
    ...requestFacts(req, res),
  };
  if (failed) {
    const err = error ?? new Error(`failed with status code ${res.statusCode}`);
    log.error({ ...line, err }, 'request errored');
  } else {
    log[level](line, 'request completed');
  }
}

/** The URL as it may be logged: /graphql without its query string, other URLs with keys masked. */
export function safeUrl(url: string): string {
  const path = pathOf(url);
  if (path.replace(/\/+$/, '') === '/graphql' || path.length === url.length) {
    return path;
  }
  const query = url
    .slice(path.length + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return SECRET_PARAMS.has(decoded(name).toLowerCase()) ? `${name}=REDACTED` : pair;
    });
  return `${path}?${query.join('&')}`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function pathOf(url: string): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}
