import type { DbColumn } from './sheet-definition';

/**
 * The pieces of `insert … select … from unnest($1::type[], …) as t(…)` for column arrays. A text[]
 * column travels as comma-joined text, since unnest would flatten an array of arrays.
 */
export function unnestParts(columns: readonly DbColumn[]): { unnest: string; aliases: string; select: (c: DbColumn) => string } {
  return {
    unnest: columns.map((c, i) => `$${i + 1}::${c.type === 'text[]' ? 'text' : c.type}[]`).join(', '),
    aliases: columns.map((c) => `"${c.name}"`).join(', '),
    select: (c) => (c.type === 'text[]' ? `string_to_array(t."${c.name}", ',')` : `t."${c.name}"`),
  };
}
