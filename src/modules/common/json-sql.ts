import { labelOf, type LabelledEnum } from './enum-labels';

// How PostgreSQL writes an answer's rows as JSON text, for the answers it writes whole (the flat
// summaries, the lists' pages). Text is put together as JSON.stringify writes it (no spaces),
// where json_build_object and json_agg add spaces and line breaks.

/** How each field is written as JSON text, by field name: SQL over the statement's rows. */
export type FieldJson = Record<string, string>;

/** A field asked for: its key, the field it holds, and for `region` the region fields. */
export interface JsonField {
  key: string;
  field: string;
  /** For `region`: its keys and the region fields they hold. */
  region?: { key: string; field: string }[];
}

/** A string, enum, date or list: to_json escapes text. */
export const jsonOf = (expr: string) => `coalesce(to_json(${expr})::text, 'null')`;
/** An integer's text is its JSON. */
export const integerOf = (expr: string) => `coalesce((${expr})::text, 'null')`;
/**
 * A float8's text is what to_json writes for it, the shortest that reads back the same; the two
 * differ only for NaN and infinities, which no ledger stores. to_json looks up how to write its
 * argument's type on every call: on a country's 2,847 summary rows that was a third of the work.
 */
export const floatOf = (expr: string) => `coalesce((${expr})::float8::text, 'null')`;
/** An ID is a JSON string. */
export const idOf = (expr: string) => `'"' || (${expr}) || '"'`;

/**
 * The region fields `region { … }` may hold, over the region table `r`. A code is six digits
 * (GB/T 2260): JSON needs no escape for it.
 */
const REGION_JSON: FieldJson = {
  code: `'"' || r.code || '"'`,
  name: jsonOf('r.name'),
  fullName: jsonOf('r.full_name'),
  level: jsonOf('r.level'),
};

/** An enum field's Chinese twin (`typeLabel`), as labelOf gives it, for every value of the enum. */
export function labelOfSql(kind: LabelledEnum, values: readonly string[], expr: string): string {
  const cases = values.map((value) => {
    // a literal in the statement text: quotes doubled, and knex's placeholder escaped
    const literal = (text: string) => `'${text.replaceAll("'", "''").replaceAll('?', '\\?')}'`;
    return `when ${literal(value)} then ${literal(JSON.stringify(labelOf(kind, value)))}`;
  });
  return `case ${expr} ${cases.join(' ')} else 'null' end`;
}

/**
 * A JSON object of `fields`, as one concat(): each key a `?::text` placeholder whose text (as
 * JSON.stringify writes it) is pushed onto `keys` in the order the placeholders come, then the
 * field's JSON text from `valueOf`, which may push keys of its own (an object inside). Null when
 * `valueOf` has none for a field.
 */
export function objectSql(
  fields: readonly JsonField[],
  valueOf: (field: JsonField) => string | null | undefined,
  keys: string[],
): string | null {
  const parts: string[] = [];
  for (const [i, field] of fields.entries()) {
    keys.push(`${i === 0 ? '{' : ','}${JSON.stringify(field.key)}:`);
    const value = valueOf(field);
    if (!value) {
      return null;
    }
    parts.push(`?::text, ${value}`);
  }
  return parts.length > 0 ? `concat(${parts.join(', ')}, '}')` : `'{}'`;
}

/** `region { … }` over the region table `r`: null where the row has no region there. */
export function regionObjectSql(
  region: readonly { key: string; field: string }[],
  keys: string[],
): string | null {
  const object = objectSql(region, (f) => REGION_JSON[f.field], keys);
  return object && `case when r.code is null then 'null' else ${object} end`;
}
