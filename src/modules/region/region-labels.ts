import { Ctx, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../common/request-context';
import { labelOf } from '../common/enum-labels';

// BI connectors (the GraphQL SQLAlchemy dialect of Superset and pandas, Power Query, Grafana)
// read one level of a row: a nested `region { name }` needs an include option most users never
// find. So every fact and analytic row also carries its region as plain scalars.

type CodeOf<T> = (row: T) => string | null;

/**
 * The region columns of a row type whose region code `codeOf` reads; `T` is what the type's
 * resolvers are given (a fact list gives plain rows, not instances of the class).
 */
export function regionLabelFields<C extends object, T extends object = C>(
  type: ClassType<C>,
  codeOf: CodeOf<T>,
) {
  const nullable = { nullable: true } as const;

  @Resolver(() => type)
  class RegionLabelFields {
    @FieldResolver(() => ID, { ...nullable, description: 'The row’s region code (GB/T 2260).' })
    regionCode(@Root() row: T): string | null {
      return codeOf(row);
    }

    @FieldResolver(() => String, { ...nullable, description: 'The row’s region name: 河东区.' })
    regionName(@Root() row: T, @Ctx() ctx: RequestContext): string | null {
      return record(row, ctx)?.name ?? null;
    }

    @FieldResolver(() => String, {
      ...nullable,
      description: 'The row’s region with its ancestors: 天津市河东区.',
    })
    regionFullName(@Root() row: T, @Ctx() ctx: RequestContext): string | null {
      return record(row, ctx)?.fullName ?? null;
    }

    @FieldResolver(() => String, {
      ...nullable,
      description: 'The row’s region level in Chinese: 省级, 地级 or 县级.',
    })
    regionLevelLabel(@Root() row: T, @Ctx() ctx: RequestContext): string | null {
      return labelOf('RegionLevel', record(row, ctx)?.level);
    }

    @FieldResolver(() => ID, {
      ...nullable,
      description: 'The city the region rolls up to (a municipality for its districts).',
    })
    cityCode(@Root() row: T, @Ctx() ctx: RequestContext): string | null {
      return placed(row, ctx, (code) => ctx.services.regions.cityOf(code));
    }

    @FieldResolver(() => ID, { ...nullable, description: 'The province the region lies in.' })
    provinceCode(@Root() row: T, @Ctx() ctx: RequestContext): string | null {
      return placed(row, ctx, (code) => ctx.services.regions.provinceOf(code));
    }
  }

  // Regions are held in memory (RegionIndex): these columns cost no SQL.
  function record(row: T, ctx: RequestContext) {
    const code = codeOf(row);
    return code ? ctx.services.regions.get(code) : undefined;
  }

  // A retired code (kept on old rows) has no place in today's tree: no city, no province.
  function placed(row: T, ctx: RequestContext, place: (code: string) => string | null) {
    const code = codeOf(row);
    try {
      return code ? place(code) : null;
    } catch {
      return null;
    }
  }

  return RegionLabelFields;
}
