import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Config } from '../config';
import { say } from '../modules/common/messages/clerk-texts';
import { hostName } from './host-guard';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/** Headers a proxy adds: a request carrying one came from elsewhere, whatever its socket says. */
const FORWARDED = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Who may scrape /metrics. With METRICS_TOKEN set: whoever sends it as a bearer token (what
 * Prometheus's `authorization` setting sends), from anywhere. Without it: only a direct request
 * from this machine (a loopback peer, no proxy header) addressed to an allowed host, so neither
 * a reverse proxy on the same machine nor a rebound DNS name in a browser can reach it. The
 * metrics hold no ledger data, but they tell who uses the service how, and what is running.
 * True when the request may go on; otherwise the refusal has been sent.
 */
export function admitScrape(config: Config, req: Request, res: Response): boolean {
  const lang = requestLang(req);
  if (config.metricsToken !== null) {
    if (bearerMatches(req.headers.authorization, config.metricsToken)) {
      return true;
    }
    res.setHeader('WWW-Authenticate', 'Bearer');
    sendProblem(res, 401, 'UNAUTHENTICATED', say(lang, 'metricsToken'));
    return false;
  }
  if (isLocal(req, config.allowedHosts)) {
    return true;
  }
  sendProblem(res, 403, 'FORBIDDEN', say(lang, 'metricsLocalOnly'));
  return false;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
  // digests of equal length, so the comparison takes the same time whatever was sent
  return sent !== undefined && timingSafeEqual(digest(sent), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function isLocal(req: Request, allowedHosts: readonly string[]): boolean {
  const peer = req.socket.remoteAddress ?? '';
  const loopback = /^(127\.|::ffff:127\.)/.test(peer) || peer === '::1';
  const host = hostName(req.headers.host);
  const allowed = allowedHosts.includes('*') || (host !== null && allowedHosts.includes(host));
  return loopback && allowed && FORWARDED.every((name) => req.headers[name] === undefined);
}
