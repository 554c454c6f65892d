import type { NextFunction, Request, Response } from 'express';
import type { AppServices } from '../context';
import { decide, Need } from '../modules/access';
import type { RequestAuth } from '../modules/common/access';
import { requestLang } from './request-lang';
import type { FlatAnswer } from './flat-answer';

/**
 * The bytes of a cacheable GraphQL response (marked by the answer plugin through
 * `res.locals.answerVersion`), kept per request body, Accept header and language until the data
 * changes. A dashboard's repeated question is then one cheap read and a write of stored bytes. A
 * body never kept costs no read here: the plugin or a resolver reads the version if they need it.
 */
export function responseCache(services: AppServices) {
  const { answers } = services;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'POST' || !req.is('application/json') || req.body === undefined) {
      return next();
    }
    const key = `bytes|${req.headers.accept ?? ''}|${requestLang(req)}|${JSON.stringify(req.body)}`;
    // Kept bytes skip the resolvers and so the authChecker: they are served only to a caller
    // who may read (free where reads are open); anyone else goes on to be refused by GraphQL.
    if (answers.has(key) && (await decide(res.locals.auth as RequestAuth, Need.READ)).ok) {
      const kept = (await answers.lookup(key, res)).value as StoredBytes | undefined;
      if (kept) {
        res.status(200).type(kept.type).send(kept.body);
        return;
      }
    }
    if (!Array.isArray(req.body)) {
      splice(res);
    }
    capture(res, (body) => {
      const version = res.locals.answerVersion;
      if (res.statusCode === 200 && typeof version === 'string') {
        answers.store(key, version, { type: String(res.getHeader('content-type')), body });
      }
    });
    next();
  };
}

/**
 * Puts the JSON text of an answer PostgreSQL built (http/flat-answer.ts) in place of the empty
 * list the answer plugin gave GraphQL. Offered only here, where the body is a JSON POST answered
 * with `res.send`, and done only when the sent body is exactly that stand-in.
 */
function splice(res: Response): void {
  res.locals.spliceAnswers = true;
  const send = res.send.bind(res);
  res.send = ((body?: unknown) => {
    const flat = res.locals.splicedAnswer as FlatAnswer | undefined;
    if (flat && typeof body === 'string') {
      const name = JSON.stringify(flat.name);
      if (body === `{"data":{${name}:[]}}\n`) {
        return send(`{"data":{${name}:${flat.json}}}\n`);
      }
    }
    return send(body);
  }) as Response['send'];
}

interface StoredBytes {
  type: string;
  body: Buffer;
}

/**
 * Collects the body of a response the answer plugin marked as kept (it marks it before a byte is
 * written); any other body (a list, an error) is sent without being copied.
 */
function capture(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const kept = () => typeof res.locals.answerVersion === 'string';
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (kept()) {
      collect(chunks, chunk);
    }
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (kept()) {
      collect(chunks, chunk);
      done(Buffer.concat(chunks));
    }
    return end(chunk, ...rest);
  }) as Response['end'];
}

function collect(chunks: Buffer[], chunk: unknown): void {
  if (typeof chunk === 'string') {
    chunks.push(Buffer.from(chunk));
  } else if (Buffer.isBuffer(chunk)) {
    chunks.push(chunk);
  }
}
