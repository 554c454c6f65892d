import type { Request } from 'express';
import { negotiateLang, type Lang } from '../modules/common/messages/lang';

/** The language the client reads (Accept-Language; zh-CN unless it asks for English). */
export function requestLang(req: Pick<Request, 'headers'>): Lang {
  return negotiateLang(req.headers['accept-language']);
}
