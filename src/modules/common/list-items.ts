/**
 * The items of a list argument, where one item may hold several separated by commas: a BI
 * connector can send only one string (`regions: "120102,140700"`, the `/export` convention).
 */
export function splitItems(values: readonly string[] | null | undefined): string[] | null {
  if (!values) {
    return null;
  }
  return values.flatMap((value) =>
    value
      .split(/[,，]/)
      .map((item) => item.trim())
      .filter(Boolean),
  );
}
