import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';
import { requestFacts } from './request-facts';

/** A request id a proxy or client may hand us: short, and no characters a log reader trips on. */
const SANE_ID = /^[\w.:@/+=-]{1,128}$/;
/** Probes an orchestrator sends every few seconds: logged at debug, not info. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);
/** Query-string parameters whose values never reach the log (BI tools send keys in /export URLs). */
const SECRET_PARAMS = new Set(['key', 'access_token', 'token']);

/** The part of pino's serialized request the serializer below reads. */
interface SerializedRequest {
  method: string;
  url: string;
  remoteAddress?: string;
  headers: Record<string, string | undefined>;
}

/**
 * One JSON line per request, written when it ends: its id (an incoming `X-Request-Id` when sane,
 * else a new UUID, echoed in the response), method, path, status, duration, the caller's role,
 * the route and the GraphQL operation's name (request-facts.ts). Never a header, the body, the
 * GraphQL query or its variables, nor a key: /graphql is logged without its query string and any
 * other URL with `key` masked.
 */
export function requestLog(log: Logger) {
  return pinoHttp({
    logger: log,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const sent = req.headers['x-request-id'];
      const id = typeof sent === 'string' && SANE_ID.test(sent) ? sent : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: SerializedRequest) => ({
        method: req.method,
        url: safeUrl(req.url),
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent']?.slice(0, 200),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req: IncomingMessage, res: ServerResponse, error?: Error) => {
      const level =
        error || res.statusCode >= 500
          ? 'error'
          : PROBES.has(pathOf(req.url ?? ''))
            ? 'debug'
            : 'info';
      // 'silent' tells pino-http not to build a line the logger's level would drop anyway
      return log.isLevelEnabled(level) ? level : 'silent';
    },
    customSuccessObject: (req: IncomingMessage, res: ServerResponse, line: object) => ({
      ...line,
      ...requestFacts(req as Request, res as Response),
    }),
    customErrorObject: (req: IncomingMessage, res: ServerResponse, _e: Error, line: object) => ({
      ...line,
      ...requestFacts(req as Request, res as Response),
    }),
  });
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
