import type { Lang } from './lang';

/** The values a sentence is built from. */
export type TextParams = Readonly<Record<string, string | number>>;

/** One sentence in each language, by a stable key. */
export type Text = Readonly<{ zh: (p: TextParams) => string; en: (p: TextParams) => string }>;

/** A sentence in the reader's language. */
export function sayText(text: Text, lang: Lang, params: TextParams = {}): string {
  return lang === 'en' ? text.en(params) : text.zh(params);
}
