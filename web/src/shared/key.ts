import { currentLang } from './i18n';

const STORE = 'sports-ledger.key';

const listeners = new Set<() => void>();

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

/** The headers of every API request: the key as a bearer token, and the page's language. */
export function apiHeaders(): Record<string, string> {
  const key = storedKey();
  return {
    'accept-language': currentLang() === 'en' ? 'en' : 'zh-CN',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
}

/** Calls `listener` whenever the key is entered or forgotten; returns the unsubscribe. */
export function onKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
