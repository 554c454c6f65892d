/**
 * SQL joining the compared regions (t.code, from $targets) to the regions whose rows count for
 * them: themselves, and with descendants every region whose province or city they are.
 */
export function targetJoin(includeDescendants: boolean): string {
  const subtree = includeDescendants ? ' or r.province_code = t.code or r.city_code = t.code' : '';
  return `unnest(?::text[]) as t(code) join region r on (r.code = t.code${subtree})`;
}

/** `and <column> = any(?)` when years are given, with its binding. */
export function yearFilter(
  column: string,
  years: readonly number[] | null,
): { sql: string; bindings: number[][] } {
  return years
    ? { sql: ` and ${column} = any(?::int[])`, bindings: [[...years]] }
    : { sql: '', bindings: [] };
}
