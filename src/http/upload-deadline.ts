import type { NextFunction, Request, Response } from 'express';
import { say } from '../modules/common/messages/clerk-texts';
import { requestLang } from './request-lang';

/**
 * Every upload (a multipart body, on POST /imports and /graphql alike) must arrive within
 * `timeoutMs`: a client that trickles bytes would otherwise hold a connection, a parser and a
 * temporary file for as long as it likes. At the deadline the client is answered 408 in the
 * error envelope's shape and the connection is closed; the parsers see the request end unfinished and
 * remove what they had saved. The server's requestTimeout (http-app.ts) backs this up.
 */
export function uploadDeadline(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.is('multipart/form-data')) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (req.readableEnded) {
        return;
      }
      // destroying the request itself (not only its socket) is what tells the parsers it ended
      // unfinished, once Node has detached it from the answered connection
      const cut = () => {
        req.destroy();
        req.socket.destroy();
      };
      if (res.headersSent) {
        cut();
        return;
      }
      res.once('finish', cut);
      const seconds = Math.round(timeoutMs / 100) / 10;
      const message = say(requestLang(req), 'uploadTimeout', { seconds });
      // written directly: graphql-upload holds back res.send until the request has ended
      res.writeHead(408, {
        'content-type': 'application/json; charset=utf-8',
        connection: 'close',
      });
      res.end(JSON.stringify({ error: { code: 'UPLOAD_TIMEOUT', message } }));
    }, timeoutMs);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    req.once('close', () => clearTimeout(timer));
    next();
  };
}
