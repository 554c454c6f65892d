import type { Parsed } from '../../../src/import/parse/cells';

/** The exact result of a successful parse without warnings. */
export function parsedAs<T>(value: T | null, approximate = false): Parsed<T> {
  return { ok: true, value, approximate, warnings: [] };
}

/**
 * A failed parse with `code`; the message is matched by `message` when given. `params` (the values
 * a message in the clerk's language is built from) are matched exactly when given, else not looked at.
 */
export function failedWith(
  code: string,
  message?: string | RegExp,
  params?: Record<string, string | number>,
): unknown {
  const error = {
    code,
    message: message === undefined ? expect.any(String) : expectMessage(message),
  };
  return { ok: false, error: params ? { ...error, params } : expect.objectContaining(error) };
}

function expectMessage(message: string | RegExp): unknown {
  return typeof message === 'string' ? message : expect.stringMatching(message);
}
