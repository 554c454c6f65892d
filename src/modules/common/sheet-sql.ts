import type { DbColumn } from './sheet-definition';

/**
 * The pieces of `insert … select … from jsonb_array_elements($1::jsonb) r`: a batch of rows
 * travels as one JSON array of arrays, which JSON.stringify writes natively and the database
 * parses once — far cheaper than the driver escaping thousands of array elements. A text[]
 * column travels as comma-joined text.
 */
export function recordsetParts(columns: readonly DbColumn[]): {
  from: string;
  expr: (name: string) => string;
} {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  return {
    from: 'jsonb_array_elements($1::jsonb) as r',
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

/** Rows of values, in column order, as the JSON `recordsetParts` reads. */
export function recordsetJson(rows: readonly unknown[][]): string {
  return JSON.stringify(rows);
}
