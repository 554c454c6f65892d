import { Field, ID, InputType, Int } from 'type-graphql';
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
  if (filter?.regions) {
    const codes =
      filter.includeDescendants === false
        ? filter.regions
        : filter.regions.flatMap((code) => regions.subtree(code));
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
