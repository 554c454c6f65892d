import type { RequestHandler } from 'express';
import type { AppServices } from '../context';
import { say } from '../modules/common/messages/clerk-texts';
import { sendProblem } from './http-errors';
import { requestLang } from './request-lang';

/** Seconds a client is asked to wait: by then a balancer sends it to another instance. */
const RETRY_AFTER_SECONDS = 5;

/**
 * While the process stops, requests that arrive on connections still open are answered 503
 * SHUTTING_DOWN at once (and the connection closed), so nothing new starts while running imports
 * finish. The health probes keep answering: /readyz says 503 with `draining: true`.
 */
export function refuseWhileDraining(services: AppServices): RequestHandler {
  return (req, res, next) => {
    if (!services.draining() || req.path === '/healthz' || req.path === '/readyz') {
      return next();
    }
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    sendProblem(res, 503, 'SHUTTING_DOWN', say(requestLang(req), 'shuttingDown'));
  };
}
