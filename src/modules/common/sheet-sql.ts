import type { DbColumn } from './sheet-definition';

/**
 * The pieces of `insert … select … from jsonb_array_elements($1::text::jsonb) r`: a batch of rows
 * travels as the text of one JSON array of arrays, which JSON.stringify writes natively and the
 * database parses once — far cheaper than the driver escaping thousands of array elements. $1 is
 * text so that it may come as a Buffer of UTF-8 (binary format). A text[] column travels as
 * comma-joined text.
 */
export function recordsetParts(columns: readonly DbColumn[]): {
  from: string;
  expr: (name: string) => string;
} {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  return {
    from: 'jsonb_array_elements($1::text::jsonb) as r',
    expr: (name) => {
      const column = columns[index.get(name)!];
      const text = `(r->>${index.get(name)})`;
      return column.type === 'text[]'
        ? `string_to_array(${text}, ',')`
        : column.type === 'text'
          ? text
          : `${text}::${column.type}`;
    },
  };
}
