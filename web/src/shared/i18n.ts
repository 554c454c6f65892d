import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../src/modules/common/messages/lang';
import { PAGE_TEXTS, type PageTextKey } from '../../../src/modules/common/messages/page-texts';
import { sayText } from '../../../src/modules/common/messages/text-types';

export type { Lang };
export type Say = (key: PageTextKey, params?: Record<string, string | number>) => string;

const STORE = 'sports-ledger.lang';
const listeners = new Set<(lang: Lang) => void>();
let current: Lang = initialLang();

/** zh-CN unless the URL (?lang=en) or an earlier switch on this browser says English. */
function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(STORE);
  return asked === 'en' ? 'en' : 'zh-CN';
}

export function currentLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  localStorage.setItem(STORE, lang);
  document.documentElement.lang = lang;
  listeners.forEach((listener) => listener(lang));
}

export function say(lang: Lang, key: PageTextKey, params: Record<string, string | number> = {}) {
  return sayText(PAGE_TEXTS[key], lang, params);
}

/** The page's language and its `say`, re-rendering the component when the switch is pressed. */
export function useLang(): [Lang, Say] {
  const [lang, setState] = useState(current);
  useEffect(() => {
    listeners.add(setState);
    return () => listeners.delete(setState);
  }, []);
  return [lang, (key, params) => say(lang, key, params)];
}

document.documentElement.lang = current;
