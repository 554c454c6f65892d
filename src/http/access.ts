import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppServices } from '../context';
import { apiKeyStore, decide, requestAuth, type Decision, type Need } from '../modules/access';
import type { RequestAuth } from '../modules/common/access';
import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/**
 * Mounted before every route: reads the request's key (`Authorization: Bearer KEY`; on /export
 * also `?key=`, for BI tools that cannot send headers) into `res.locals.auth`, to be looked up
 * when an operation needs it. The key is never logged.
 */
export function readCredentials(services: AppServices): RequestHandler {
  const store = apiKeyStore(services.db);
  const settings = {
    auth: services.config.auth,
    readsNeedKey: services.config.readsNeedKey,
  };
  return (req, res, next) => {
    res.locals.auth = requestAuth(keyOf(req), (key) => store.authenticate(key), settings);
    next();
  };
}

/** The REST routes' gate, the same rule as GraphQL's authChecker: 401 or 403 in the envelope. */
export function requireAccess(need: Need): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    decide(res.locals.auth as RequestAuth, need)
      .then((decision) => {
        if (decision.ok) {
          res.locals.caller = decision.caller;
          next();
          return;
        }
        const denied = accessDenied(decision, requestLang(req));
        if (denied.code === 'UNAUTHENTICATED') {
          res.setHeader('WWW-Authenticate', 'Bearer');
        }
        sendProblem(res, denied.status, denied.code, denied.message);
      })
      .catch(next);
  };
}

/** The status, code and sentence of a refusal, in the reader's language. */
export function accessDenied(
  decision: Exclude<Decision, { ok: true }>,
  lang: Lang,
): { status: 401 | 403; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string } {
  if (decision.code === 'FORBIDDEN') {
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: say(lang, 'forbiddenRole', { role: decision.role }),
    };
  }
  const key = decision.reason === 'NO_KEY' ? 'authNoKey' : (`auth${decision.reason}` as const);
  return { status: 401, code: 'UNAUTHENTICATED', message: say(lang, key) };
}

function keyOf(req: Request): string | null {
  const header = req.headers.authorization;
  const bearer = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (bearer) {
    return bearer[1];
  }
  if (header) {
    return header; // not a bearer key: refused as malformed when a key is needed
  }
  const query = req.path.startsWith('/export/') ? req.query.key : undefined;
  return typeof query === 'string' && query !== '' ? query : null;
}
