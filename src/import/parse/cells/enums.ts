import type { EnumTable } from '../../../modules/common/enums';
import type { RawCell } from './raw';
import { fail, ok, quote, type Parsed } from './result';
import { normalizeText, parseText } from './text';

export type { EnumTable };

export interface EnumOptions<T extends string> {
  /** Value for a word outside the table (FacilityType.OTHER); it comes with a warning. */
  fallback?: T;
  /** Value for a blank cell (CompetitionGroup.ALL); without it a blank is "not reported". */
  whenEmpty?: T;
}

/**
 * Reads an enumerated cell: one of the table's words ("改扩建", "线上+线下"), compared without
 * spaces or full-width forms, or the English value itself in any case ("mass_fitness").
 */
export function parseEnum<T extends string>(
  raw: RawCell,
  table: EnumTable<T>,
  opts: EnumOptions<T> = {},
): Parsed<T> {
  const text = parseText(raw);
  if (!text.ok) {
    return text;
  }
  if (text.value === null) {
    return ok(opts.whenEmpty ?? null);
  }
  const value = lookup(table).get(compact(text.value));
  if (value !== undefined) {
    return ok(value);
  }
  if (opts.fallback !== undefined) {
    const message = `${quote(text.value)} is not a known value; it was read as ${opts.fallback}`;
    return ok(opts.fallback, false, [{ code: 'UNKNOWN_ENUM_VALUE', message }]);
  }
  const accepted = Object.keys(table.words).join(', ');
  return fail('INVALID_ENUM', `${quote(text.value)} is not one of: ${accepted}`, { accepted });
}

const lookups = new WeakMap<EnumTable<string>, Map<string, string>>();

function lookup<T extends string>(table: EnumTable<T>): Map<string, T> {
  let map = lookups.get(table) as Map<string, T> | undefined;
  if (!map) {
    map = new Map<string, T>();
    for (const value of table.values) {
      map.set(compact(value), value);
    }
    for (const [word, value] of Object.entries(table.words)) {
      map.set(compact(word), value);
    }
    lookups.set(table, map);
  }
  return map;
}

// "Mass Fitness", "MASS-FITNESS" and "mass_fitness" all name MASS_FITNESS.
function compact(word: string): string {
  return normalizeText(word)
    .replace(/[\s_-]/g, '')
    .toLowerCase();
}
