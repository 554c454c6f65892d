import { say } from '../modules/common/messages/clerk-texts';
import type { Lang } from '../modules/common/messages/lang';

/** One failed check as class-validator reports it (type-graphql's `validationErrors`). */
interface ValidationError {
  property: string;
  value?: unknown;
  constraints?: Record<string, string>;
  children?: ValidationError[];
}

/**
 * type-graphql refuses an input that fails its class-validator checks with the fixed English
 * sentence "Argument Validation Error"; this says which fields failed and why, in `lang`.
 * Checks the catalog has no words for keep class-validator's own sentence.
 */
export function argumentErrorText(errors: unknown, lang: Lang): string | null {
  if (!Array.isArray(errors) || errors.length === 0) {
    return null;
  }
  const details = leaves(errors as ValidationError[], '').flatMap(({ error, path }) =>
    Object.entries(error.constraints ?? {}).map(([name, english]) =>
      constraintText(name, english, path, error.value, lang),
    ),
  );
  return say(lang, 'argumentInvalid', { details: details.join(lang === 'en' ? '; ' : '；') });
}

function leaves(errors: ValidationError[], prefix: string) {
  return errors.flatMap((error): { error: ValidationError; path: string }[] => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    return [{ error, path }, ...leaves(error.children ?? [], path)];
  });
}

function constraintText(name: string, english: string, path: string, value: unknown, lang: Lang) {
  if (name === 'isNotEmpty') {
    return say(lang, 'argumentEmpty', { property: path });
  }
  const max = /(\d+) characters/.exec(english)?.[1];
  if (name === 'maxLength' && max) {
    return say(lang, 'argumentTooLong', { property: path, max, length: String(value).length });
  }
  return english;
}
