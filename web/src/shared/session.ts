import { useEffect, useState } from 'preact/hooks';
import { currentLang } from './i18n';

const STORE = 'sports-ledger.key';

/** What the server says of the key (GET /web/session, src/http/pages.ts). */
export interface Session {
  auth: boolean;
  readsNeedKey: boolean;
  caller: { name: string; role: 'ADMIN' | 'UPLOADER' | 'READER'; regionCode: string | null } | null;
  refusal: { code: string; message: string } | null;
}

/** The key lives in sessionStorage: entered once, gone when the browser session ends. */
export function storedKey(): string | null {
  return sessionStorage.getItem(STORE);
}

export function storeKey(key: string | null): void {
  if (key) {
    sessionStorage.setItem(STORE, key);
  } else {
    sessionStorage.removeItem(STORE);
  }
  listeners.forEach((listener) => listener());
}

const listeners = new Set<() => void>();

/** The headers of every API request: the key as a bearer token, and the page's language. */
export function apiHeaders(): Record<string, string> {
  const key = storedKey();
  return {
    'accept-language': currentLang() === 'en' ? 'en' : 'zh-CN',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
}

async function loadSession(): Promise<Session> {
  const response = await fetch('/web/session', { headers: apiHeaders() });
  return (await response.json()) as Session;
}

/** The session, reloaded when the key changes; null while it loads. */
export function useSession(): Session | null {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const reload = () => void loadSession().then(setSession);
    reload();
    listeners.add(reload);
    return () => listeners.delete(reload);
  }, []);
  return session;
}

/** Whether the key may upload and roll back (in its region's subtree, for an uploader). */
export function canWrite(session: Session | null): boolean {
  return Boolean(session?.caller && session.caller.role !== 'READER');
}

/**
 * Whether a region lies in the key's subtree: GB/T 2260 codes nest by their digits (14 province,
 * 1407 city, 140702 district), so 140700's subtree is every code starting 1407.
 */
export function inSubtree(scope: string | null, code: string | null | undefined): boolean {
  if (scope === null) {
    return true;
  }
  if (!code) {
    return false;
  }
  const prefix = scope.replace(/(00)+$/, '');
  return code.startsWith(prefix);
}
