import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import type { AppServices } from '../context';
import type { Config } from '../config';
import type { RequestAuth } from '../modules/common/access';
import { say } from '../modules/common/messages/clerk-texts';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/**
 * Where `npm run build` puts the pages (web/, built by Vite): dist/web beside the compiled server,
 * which is also where this file sits after tsc (dist/http → ../../dist/web is dist/web).
 */
export const WEB_ROOT = path.resolve(__dirname, '../../dist/web');

/** The page routes and the HTML file Vite wrote for each. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/history': 'history.html',
  '/compare': 'compare.html',
};

/**
 * The clerk's and analyst's pages (docs/web.md): static HTML and hashed assets from the app itself
 * (bureau intranets reach no CDN), under a CSP that allows nothing from elsewhere. Only the
 * comparison's embed view may be framed by other sites, those of FRAME_ANCESTORS.
 */
export function pageRoutes(app: Express, services: AppServices, root = WEB_ROOT): void {
  const { config } = services;
  app.use(
    '/assets',
    express.static(path.join(root, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: true,
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
  );
  for (const [route, file] of Object.entries(PAGES)) {
    app.get(route, (req, res, next) => {
      const html = path.join(root, file);
      if (!existsSync(html)) {
        sendProblem(res, 503, 'PAGES_NOT_BUILT', say(requestLang(req), 'pagesNotBuilt'));
        return;
      }
      res.setHeader('Content-Security-Policy', contentPolicy(config, isEmbed(req)));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(html, (error) => error && next(error));
    });
  }
  app.get('/web/session', (req: Request, res: Response, next) => {
    sessionOf(res.locals.auth as RequestAuth, requestLang(req))
      .then((session) => res.setHeader('Cache-Control', 'no-store').json(session))
      .catch(next);
  });
}

function isEmbed(req: Request): boolean {
  return req.path === '/compare' && ['1', 'true'].includes(String(req.query.embed ?? ''));
}

/**
 * Scripts, styles and requests from the app only; ECharts and Preact set inline style attributes,
 * so styles allow them. A page is framed by the app itself; the embed view by FRAME_ANCESTORS.
 */
export function contentPolicy(config: Pick<Config, 'frameAncestors'>, embed: boolean): string {
  const ancestors = embed ? config.frameAncestors.join(' ') : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** What the page shows of the caller: role, name and region, or why the key was refused. */
export interface PageSession {
  /** Whether writes need a key (AUTH) and reads too (production without PUBLIC_READ). */
  auth: boolean;
  readsNeedKey: boolean;
  caller: { name: string; role: string; regionCode: string | null } | null;
  refusal: { code: string; message: string } | null;
}

async function sessionOf(auth: RequestAuth, lang: ReturnType<typeof requestLang>) {
  const { settings } = auth;
  const session: PageSession = { ...settings, caller: null, refusal: null };
  if (!settings.auth) {
    // AUTH=off: whoever sits at the laptop writes anywhere (decisions §10)
    return { ...session, caller: { name: 'anonymous', role: 'ADMIN', regionCode: null } };
  }
  const found = await auth.caller();
  if (typeof found === 'string') {
    return { ...session, refusal: { code: found, message: say(lang, `auth${found}`) } };
  }
  if (found) {
    const { name, role, regionCode } = found;
    return { ...session, caller: { name, role, regionCode } };
  }
  return session;
}
