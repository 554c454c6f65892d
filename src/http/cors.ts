import type { RequestHandler } from 'express';

/** Headers a page on an allowed origin may read from an answer, beyond the CORS-safelisted ones. */
const EXPOSED = 'Retry-After, Location, Content-Disposition, ETag';

/**
 * Cross-origin access for browser pages on other sites (a BI dashboard, an intranet portal). Off
 * unless `CORS_ORIGINS` lists origins: with no Access-Control-Allow-Origin header a browser keeps
 * the answer from the page, while curl, scripts and BI connectors (which send no Origin) are not
 * affected either way. `*` allows any origin; keys travel as a bearer header, never as cookies,
 * so credentials are not allowed.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origins.length === 0 || origin === undefined) {
      return next();
    }
    // Caches must not hand one origin's answer (with its allow header) to another.
    res.vary('Origin');
    if (!any && !allowed.has(origin)) {
      return next();
    }
    res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      const asked = req.headers['access-control-request-headers'];
      res.setHeader('Access-Control-Allow-Headers', asked ?? 'content-type, authorization');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
