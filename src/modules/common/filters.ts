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

/**
 * The MikroORM condition that selects current facts by region (with or without sub-regions) and
 * year. Sub-regions come from the in-memory region tree, so the database compares plain codes.
 */
export function commonWhere(
  filter: CommonFilter | null | undefined,
  regions: RegionIndex,
): Record<string, unknown>[] {
  const parts: Record<string, unknown>[] = [{ current: true }];
  const listed = splitItems(filter?.regions);
  if (listed) {
    const codes =
      filter?.includeDescendants === false
        ? listed
        : listed.flatMap((code) => regions.subtree(code));
    parts.push({ region: { $in: [...new Set(codes)] } });
  }
  if (filter?.years) {
    parts.push({ year: { $in: filter.years } });
  }
  return parts;
}

/** Adds `field in values` when the list is given. */
export function inList(
  field: string,
  values: readonly unknown[] | null | undefined,
): Record<string, unknown>[] {
  return values ? [{ [field]: { $in: values } }] : [];
}

/** Adds a case-insensitive substring match when the text is given. */
export function contains(
  field: string,
  text: string | null | undefined,
): Record<string, unknown>[] {
  return text ? [{ [field]: { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } }] : [];
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
export function flatWhere(args: FlatFilterArgs, regions: RegionIndex): Record<string, unknown>[] {
  const codes = splitItems(args.region ? [args.region] : null);
  const years = flatYears(args);
  return [
    ...(codes ? [{ region: { $in: [...new Set(codes.flatMap((c) => regions.subtree(c)))] } }] : []),
    ...(args.year != null || args.years ? [{ year: { $in: years } }] : []),
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
