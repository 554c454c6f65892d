/**
 * The languages a clerk can be answered in. zh-CN is what every bureau reads and the default;
 * English is for scripts and for engineers who do not read Chinese. Codes never change with it.
 */
export type Lang = 'zh-CN' | 'en';

export const DEFAULT_LANG: Lang = 'zh-CN';

/** The language an `Accept-Language` header prefers among ours (RFC 9110 quality values). */
export function negotiateLang(header: string | null | undefined): Lang {
  const ranges = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...attrs] = part.trim().toLowerCase().split(';');
      const q = attrs.map((a) => /^\s*q=([\d.]+)\s*$/.exec(a)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranges) {
    const lang = langOf(tag);
    if (lang) {
      return lang;
    }
    if (tag === '*') {
      return DEFAULT_LANG;
    }
  }
  return DEFAULT_LANG;
}

/** `zh`, `zh-CN`, `zh-Hans`, `en`, `en-US` …; null for a language we do not speak. */
export function langOf(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') {
    return 'zh-CN';
  }
  return primary === 'en' ? 'en' : null;
}
