import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type GraphQLField,
  type GraphQLType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE, MAX_PAGE } from '../modules/common/cursor';
import { splitItems } from '../modules/common/list-items';

/**
 * Rows a list without a `first` argument is assumed to hold. Region.children: the most children a
 * region has in GB/T 2260 is 38 (重庆市). A batch lists at most 5000 issues, 1000 is their usual
 * worst; summaries and medal tables group a few hundred rows; anything else is small.
 */
const LIST_SIZES: Record<string, number> = {
  'Region.children': 40,
  'ImportBatch.errors': 1000,
  'ImportBatch.warnings': 1000,
  'Query.facilitySummary': 1000,
  'Query.eventSummary': 1000,
  'Query.medalTable': 200,
};
const DEFAULT_LIST_SIZE = 20;
/** Years a comparison covers when the query names none (all years with data). */
export const ASSUMED_YEARS = 10;

export interface CostProblems {
  /** A `first` above the page limit, with its value. */
  page: number | null;
  /** A text argument over the limit or with a NUL character: its name and length. */
  text: { name: string; length: number; nul: boolean } | null;
}

/**
 * Counts the rows (objects) a query may return: a scalar costs nothing, an object one, a list
 * its size times the cost of one element, so nested lists multiply. A connection's size is its
 * `first` (from a literal or a variable alike), the default page when absent; its edges and
 * nodes are the same rows, not another multiplier. `compare` is regions × metrics × years.
 * Introspection costs nothing: GraphiQL and BI tools ask for the schema that way.
 * Arguments are checked on the way (a page above the limit, a text too long), since this is
 * the one pass that sees every argument with its variables resolved.
 */
export function rowEstimator(textChars: number, problems: CostProblems): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    checkArgs(args, textChars, problems);
    if (type.name.startsWith('__') || field.name.startsWith('__')) {
      return 0;
    }
    if (isLeafType(getNamedType(field.type))) {
      return 0;
    }
    if (field.args.some((arg) => arg.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE;
      if (first > MAX_PAGE && problems.page === null) {
        problems.page = first;
      }
      return Math.max(first, 0) * (1 + childComplexity);
    }
    if (!isList(field.type) || isPageList(type.name, field)) {
      return 1 + childComplexity;
    }
    return listSize(`${type.name}.${field.name}`, args) * (1 + childComplexity);
  };
}

function listSize(key: string, args: Record<string, unknown>): number {
  if (key === 'Query.compare') {
    const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : null);
    const years = Array.isArray(args.years) ? args.years : null;
    return compareRows(strings(args.regions), strings(args.metrics), years);
  }
  return LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
}

/**
 * The rows `compare` (GraphQL or /export) may answer: regions × metrics × years, counting the
 * items a comma-separated entry holds as the resolver will split them; years not given count as
 * ASSUMED_YEARS, a missing list as one item.
 */
export function compareRows(
  regions: readonly string[] | null,
  metrics: readonly string[] | null,
  years: readonly unknown[] | null,
): number {
  const items = (values: readonly string[] | null) => splitItems(values)?.length ?? 1;
  return items(regions) * items(metrics) * (years?.length ?? ASSUMED_YEARS);
}

function isList(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

/** A connection's edges and nodes: sized by the connection's `first` already. */
function isPageList(typeName: string, field: GraphQLField<unknown, unknown>): boolean {
  return typeName.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
}

function checkArgs(value: unknown, max: number, problems: CostProblems, name = ''): void {
  if (problems.text) {
    return;
  }
  if (typeof value === 'string') {
    const nul = value.includes('\0');
    if (nul || value.length > max) {
      problems.text = { name, length: value.length, nul };
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => checkArgs(item, max, problems, name));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      checkArgs(item, max, problems, key);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null || (proto as object).constructor === Object;
}
