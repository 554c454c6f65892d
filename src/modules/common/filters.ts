import { GraphQLError } from 'graphql';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { splitItems } from './list-items';
import type { RegionIndex } from '../../regions/region-index';

@InputType({ description: 'Filters every fact list shares.' })
export class CommonFilter {
  @Field(() => [ID], {
    nullable: true,
    description:
      'Region codes; a province or city includes its sub-regions (see includeDescendants).',
  })
  regions?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Whether a region includes its sub-regions.',
  })
  includeDescendants?: boolean | null;

  @Field(() => [Int], { nullable: true, description: 'Years to include; all when omitted.' })
  years?: number[] | null;
}

/** One condition of a list's `where`, with `?` bindings (knex raw). */
export interface SqlCondition {
  sql: string;
  bindings: unknown[];
  /** Set on a region condition: its codes, so a list can walk each region's rows in id order. */
  regionCodes?: string[];
}

/**
 * The conditions that select current facts by region (with or without sub-regions) and year.
 * Sub-regions come from the in-memory region tree and go to PostgreSQL as one array, so the
 * statement is the same whether one district or a province of 200 is asked.
 */
export function commonWhere(
  filter: CommonFilter | null | undefined,
  regions: RegionIndex,
): SqlCondition[] {
  const parts: SqlCondition[] = [{ sql: '"current"', bindings: [] }];
  const listed = splitItems(filter?.regions);
  if (listed) {
    const codes =
      filter?.includeDescendants === false
        ? listed
        : listed.flatMap((code) => regions.subtree(code));
    parts.push(inRegions(codes));
  }
  if (filter?.years) {
    parts.push(...inList('year', filter.years, 'int'));
  }
  return parts;
}

function inRegions(codes: string[]): SqlCondition {
  const regionCodes = [...new Set(codes)];
  return { sql: '"region_code" = any(?::text[])', bindings: [regionCodes], regionCodes };
}

/** Adds `column = any(values)` when the list is given. */
export function inList(
  column: string,
  values: readonly unknown[] | null | undefined,
  type: 'text' | 'int' = 'text',
): SqlCondition[] {
  return values ? [{ sql: `"${column}" = any(?::${type}[])`, bindings: [[...values]] }] : [];
}

/** Adds a case-insensitive substring match when the text is given. */
export function contains(column: string, text: string | null | undefined): SqlCondition[] {
  if (!text) {
    return [];
  }
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [{ sql: `"${column}" ilike ? escape '\\'`, bindings: [pattern] }];
}

/**
 * Flat scalar filters beside `filter`: a BI connector sends only strings and integers, never an
 * input object, so it filters on the server through these instead of paging through everything.
 */
@ArgsType()
export class FlatFilterArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Region code, or several separated by commas ("120102,140700"); sub-regions included. Combined with filter by AND.',
  })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'One year. Combined with filter by AND.' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Years separated by commas: "2021,2022". Combined with filter by AND.',
  })
  years?: string | null;
}

/** The conditions of the flat filters; a year that is not a number is a BAD_USER_INPUT. */
export function flatWhere(args: FlatFilterArgs, regions: RegionIndex): SqlCondition[] {
  const codes = splitItems(args.region ? [args.region] : null);
  const years = flatYears(args);
  return [
    ...(codes ? [inRegions(codes.flatMap((c) => regions.subtree(c)))] : []),
    ...(args.year != null || args.years ? inList('year', years, 'int') : []),
  ];
}

function yearOf(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year)) {
    throw new GraphQLError(`"years" takes years separated by commas, got "${text}"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return year;
}

/**
 * A summary's filter with the flat filters folded in: they fill the regions and years `filter`
 * leaves open, and narrow the years it gives.
 */
export function withFlat<F extends CommonFilter>(filter: F | null, flat: FlatFilterArgs): F | null {
  const regions = splitItems(flat.region ? [flat.region] : null);
  const years = flat.year != null || flat.years ? flatYears(flat) : null;
  if (!regions && !years) {
    return filter;
  }
  const merged = { ...(filter ?? {}) } as F;
  merged.regions = filter?.regions ?? regions;
  merged.years =
    filter?.years && years
      ? filter.years.filter((y) => years.includes(y))
      : (filter?.years ?? years);
  return merged;
}

function flatYears(flat: FlatFilterArgs): number[] {
  return [
    ...(flat.year != null ? [flat.year] : []),
    ...(splitItems(flat.years ? [flat.years] : null) ?? []).map(yearOf),
  ];
}
