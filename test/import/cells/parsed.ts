import type { Parsed } from '../../../src/import/parse/cells';

/** The exact result of a successful parse without warnings. */
export function parsedAs<T>(value: T | null, approximate = false): Parsed<T> {
  return { ok: true, value, approximate, warnings: [] };
}

/** A failed parse with `code`; the message is matched by `message` when given. */
export function failedWith(code: string, message?: string | RegExp): unknown {
  return {
    ok: false,
    error: { code, message: message === undefined ? expect.any(String) : expectMessage(message) },
  };
}

function expectMessage(message: string | RegExp): unknown {
  return typeof message === 'string' ? message : expect.stringMatching(message);
}
