import type { NextFunction, Request, Response } from 'express';
import type { AppServices } from '../context';
import { decide, Need } from '../modules/access';
import type { RequestAuth } from '../modules/common/access';
import { answerTag, matchesTag, sendNotModified, setAnswerHeaders } from './answer-etag';
import { mayAskAnAnswer } from './answer-plugin';
import { keepResponse, sendKeptResponse } from './kept-response';
import { requestLang } from './request-lang';
import { flatResponse, standInBody, type FlatAnswer } from './flat-answer';

/** What a GraphQL answer's bytes depend on beside the request itself. */
const VARY = ['Accept', 'Accept-Language'];

/**
 * The bytes of a cacheable GraphQL response (marked by the answer plugin through
 * `res.locals.answerVersion`), kept per request (a POST's body, a GET's query string), Accept
 * header and language until the data changes: in this process, and in Redis for every process
 * when it is set. A dashboard's repeated question is then one cheap read and a write of stored
 * bytes. A body never kept costs no read here: the plugin or a resolver reads the version if
 * they need it.
 *
 * Such a response carries an ETag of the version it was computed under (answer-etag.ts); a GET
 * whose If-None-Match names the current version's tag is answered 304 before anything runs, so
 * revalidating costs no statement while the version is held in memory.
 */
export function responseCache(services: AppServices) {
  const { answers } = services;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const key = requestKey(req);
    if (key === null) {
      return next();
    }
    const tagOf = (version: string) => answerTag(version, key);
    // Kept bytes and a 304 skip the resolvers and so the authChecker: they are served only to a
    // caller who may read (free where reads are open); anyone else goes on to be refused.
    const mayRead = async () => (await decide(res.locals.auth as RequestAuth, Need.READ)).ok;
    if (req.method === 'GET' && req.headers['if-none-match'] && (await mayRead())) {
      const tag = tagOf(await answers.version(res));
      if (matchesTag(req, tag)) {
        sendNotModified(res, tag, VARY);
        return;
      }
    }
    const mayBeKept = answers.has(key) || (answers.shared !== null && mayAskAnAnswer(queryOf(req)));
    if (mayBeKept && (await mayRead())) {
      if ((await sendKeptResponse(res, answers, key, tagOf, VARY)).sent) {
        return;
      }
    }
    // the bytes are the one form this response is kept in: the answer plugin need not keep it too
    res.locals.keepsBytes = true;
    // flat answers (http/flat-answer.ts) are offered only where the body is one GraphQL answer
    res.locals.spliceAnswers = !Array.isArray(req.body);
    // the validators go on before Express's send, which would otherwise tag the body by its hash
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      const version = answerVersion(res);
      if (version !== null) {
        setAnswerHeaders(res, tagOf(version), VARY);
      }
      return send(spliced(res, body));
    }) as Response['send'];
    keepResponse(res, answers, key, () => answerVersion(res));
    next();
  };
}

/** The version a successful answer was computed under, once the answer plugin marked it. */
function answerVersion(res: Response): string | null {
  const version = res.locals.answerVersion;
  return res.statusCode === 200 && typeof version === 'string' ? version : null;
}

/** What names a GraphQL response: the operation as sent, its Accept header and language. */
function requestKey(req: Request): string | null {
  const head = `${req.headers.accept ?? ''}|${requestLang(req)}`;
  if (req.method === 'POST' && req.is('application/json') && req.body !== undefined) {
    return `bytes|${head}|${JSON.stringify(req.body)}`;
  }
  const { query, variables, operationName, extensions } = req.query;
  if (req.method === 'GET' && typeof query === 'string') {
    return `bytes|GET|${head}|${JSON.stringify([query, variables, operationName, extensions])}`;
  }
  return null;
}

function queryOf(req: Request): unknown {
  return req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | null)?.query;
}

/**
 * The JSON of an answer PostgreSQL built (http/flat-answer.ts) in place of the empty list the
 * answer plugin gave GraphQL, when the sent body is exactly that stand-in; any other body as it is.
 */
function spliced(res: Response, body: unknown): unknown {
  const flat = res.locals.splicedAnswer as FlatAnswer | undefined;
  if (flat && typeof body === 'string' && body === standInBody(flat)) {
    return flatResponse(flat);
  }
  return body;
}
