import type { NextFunction, Request, Response } from 'express';
import { say } from '../modules/common/messages/clerk-texts';
import { requestLang } from './request-lang';

const SIMPLE_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];
const PREFLIGHT_HEADERS = [
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'graphql-preflight',
];

/**
 * Cross-site request forgery guard for requests a browser may send from another site without
 * a preflight (form posts). Such a request passes when it carries a header only scripts can set,
 * when the browser says it is same-origin, or when it comes from no browser at all (curl, scripts
 * and BI tools send neither Origin nor Sec-Fetch-Site).
 */
export function csrfGuard(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || !isSimpleContentType(req.headers['content-type'])) {
    return next();
  }
  if (PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined) || isSameOriginOrNoBrowser(req)) {
    return next();
  }
  res.status(403).json({
    errors: [
      { message: say(requestLang(req), 'csrfRefused'), extensions: { code: 'CSRF_REFUSED' } },
    ],
  });
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
