/** The values a sentence is built from. */
export type TextParams = Readonly<Record<string, string | number>>;

/** One sentence in each language, by a stable key. */
export type Text = Readonly<{ zh: (p: TextParams) => string; en: (p: TextParams) => string }>;
