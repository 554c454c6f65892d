import type { NextFunction, Request, Response } from 'express';
import { say } from '../modules/common/messages/clerk-texts';
import { sayLimit } from '../modules/common/messages/limit-texts';
import { requestLang } from './request-lang';

const SIMPLE_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];
const PREFLIGHT_HEADERS = [
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'graphql-preflight',
];

/**
 * Cross-site request forgery guard for requests a browser may send from another site without
 * a preflight: form posts, and GETs (a link, an image, a script tag) — a GET query runs too, so
 * it is held to the same rule. Such a request passes when it carries a header only scripts can
 * set, when the browser says it is same-origin, or when it comes from no browser at all (curl,
 * scripts and BI tools send neither Origin nor Sec-Fetch-Site). The Host it is compared with is
 * one of the allow-list already (host-guard.ts), so a rebound DNS name cannot pose as this site.
 */
export function csrfGuard(req: Request, res: Response, next: NextFunction): void {
  const browserCanSend = req.method === 'GET' || req.method === 'POST';
  if (!browserCanSend || !isSimpleContentType(req.headers['content-type'])) {
    return next();
  }
  if (PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined) || isSameOriginOrNoBrowser(req)) {
    return next();
  }
  const lang = requestLang(req);
  const message =
    req.method === 'GET' ? sayLimit(lang, 'CROSS_SITE_GET') : say(lang, 'csrfRefused');
  res.status(403).json({ errors: [{ message, extensions: { code: 'CSRF_REFUSED' } }] });
}

function isSimpleContentType(header: string | undefined): boolean {
  const type = (header ?? 'text/plain').split(';')[0].trim().toLowerCase();
  return SIMPLE_TYPES.includes(type);
}

function isSameOriginOrNoBrowser(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) {
    return site === 'same-origin' || site === 'none';
  }
  const origin = req.headers.origin;
  if (!origin) {
    return true;
  }
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
