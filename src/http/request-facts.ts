import type { Request, Response } from 'express';
import type { Caller, RequestAuth } from '../modules/common/access';
import { operationNameOf } from './operation-name';

/** What the request log and the metrics say about a request, worked out once it has ended. */
export interface RequestFacts {
  /** The route's pattern (`/export/:question`), never the raw URL: a bounded set of values. */
  route: string;
  /** The GraphQL operation's name (operation-name.ts); absent on other routes. */
  operation?: string;
  /**
   * Who asked: a key's role (`ADMIN` `UPLOADER` `READER`) with its id; `anonymous` without a key;
   * `unchecked` when a key was sent but nothing the request did needed it looked up (open
   * reads never touch the key table); `rejected` for a key that was looked up and refused
   * (unknown, revoked, expired, malformed); `local` with AUTH=off.
   */
  role: string;
  keyId?: number;
}

/** The route label of a request no route matched. */
export const UNMATCHED = '(unmatched)';

/** The facts of a finished request, kept on the response so the log and the metrics agree. */
export function requestFacts(req: Request, res: Response): RequestFacts {
  const kept = res.locals.requestFacts as RequestFacts | undefined;
  if (kept) {
    return kept;
  }
  const operation = operationNameOf(req);
  const facts: RequestFacts = {
    route: operation === null ? routeOf(req) : '/graphql',
    ...(operation === null ? {} : { operation }),
    ...callerOf(req, res),
  };
  res.locals.requestFacts = facts;
  return facts;
}

function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? path : UNMATCHED;
}

function callerOf(req: Request, res: Response): { role: string; keyId?: number } {
  // a REST gate's caller; on open reads that is anyone (no key id), and the key decides below
  const caller = res.locals.caller as Caller | undefined;
  if (caller && caller.keyId !== null) {
    return { role: caller.role, keyId: caller.keyId };
  }
  const auth = res.locals.auth as RequestAuth | undefined;
  if (!auth) {
    // refused (or answered, like /healthz) before the credentials were read
    return { role: req.headers.authorization ? 'unchecked' : 'anonymous' };
  }
  if (!auth.settings.auth) {
    return { role: 'local' };
  }
  const known = auth.known();
  if (known === undefined) {
    return { role: 'unchecked' };
  }
  if (known === null) {
    return { role: 'anonymous' };
  }
  if (typeof known === 'string') {
    return { role: 'rejected' };
  }
  return known.keyId === null ? { role: known.role } : { role: known.role, keyId: known.keyId };
}
