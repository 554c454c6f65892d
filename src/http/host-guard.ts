import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { sayLimit } from '../modules/common/messages/limit-texts';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/** Probes of a load balancer or orchestrator address the server by its IP: they reveal nothing. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * DNS-rebinding guard: a page on evil.example whose name is re-pointed at 127.0.0.1 sends
 * `Host: evil.example` and an Origin of the same name, so a check of Origin against Host alone
 * lets it through. Only requests addressed to a host of the allow-list are served; any other is
 * answered 421 Misdirected Request. `*` in the list switches the guard off.
 */
export function hostGuard(allowed: readonly string[]) {
  const any = allowed.includes('*');
  // Host headers are few (the names the server is reached by): each is parsed once, not per request
  const admitted = new LRUCache<string, boolean>({ max: 100 });
  const admits = (header: string) => {
    let known = admitted.get(header);
    if (known === undefined) {
      const host = hostName(header);
      known = host !== null && allowed.includes(host);
      admitted.set(header, known);
    }
    return known;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if (any || (req.headers.host !== undefined && admits(req.headers.host))) {
      return next();
    }
    if (PROBES.has(req.path)) {
      return next();
    }
    const shown = (req.headers.host ?? '').slice(0, 100);
    sendProblem(
      res,
      421,
      'HOST_REFUSED',
      sayLimit(requestLang(req), 'HOST_REFUSED', { host: shown }),
    );
  };
}

/** The host name of a Host header without its port, lower case, IPv6 without brackets. */
export function hostName(header: string | undefined): string | null {
  if (!header) {
    return null;
  }
  try {
    return new URL(`http://${header}`).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
}
