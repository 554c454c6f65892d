import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { CONNECTION_FIELD, Connection } from '../common/connection';
import { PageArgs } from '../common/page-args';
import { paginate } from '../common/paginate';
import { labelOf } from '../common/enum-labels';
import { Region, RegionLevel } from './region.entity';

export const RegionConnection = Connection(Region, 'Region');

@ArgsType()
class RegionsArgs extends PageArgs {
  @Field(() => RegionLevel, { nullable: true, description: 'Only regions of this level.' })
  level?: RegionLevel | null;

  @Field(() => ID, { nullable: true, description: 'Only direct children of this region code.' })
  parent?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Substring of the name, full name or pinyin (河东, 天津市河东, hedong).',
  })
  search?: string | null;
}

@Resolver(() => Region)
export class RegionResolver {
  @Authorized(Need.READ)
  @Query(() => Region, { nullable: true, description: 'One region by its six-digit code.' })
  region(
    @Arg('code', () => ID, { description: 'GB/T 2260 code.' }) code: string,
    @Ctx() ctx: RequestContext,
  ) {
    // reference data, held in memory (RegionIndex): no SQL, no entity
    return ctx.services.regions.get(code) ?? null;
  }

  @Authorized(Need.READ)
  @Query(() => RegionConnection, {
    ...CONNECTION_FIELD,
    description: 'Regions by level, parent or name, ordered by code.',
  })
  async regions(@Args() args: RegionsArgs, @Ctx() ctx: RequestContext) {
    const codes = args.search ? ctx.services.regions.search(args.search) : null;
    const where = [
      ...(args.level ? [{ level: args.level }] : []),
      ...(args.parent ? [{ parent: args.parent }] : []),
      ...(codes ? [{ code: { $in: codes } }] : []),
    ];
    return new RegionConnection(await paginate(ctx.em, Region, where, args, 'code'));
  }

  // Regions are reference data held in memory (RegionIndex): walking the tree costs no SQL.
  @FieldResolver(() => Region, { nullable: true, description: 'The region this one lies in.' })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext) {
    const parentCode = ctx.services.regions.get(region.code)?.parentCode;
    return parentCode ? (ctx.services.regions.get(parentCode) ?? null) : null;
  }

  @FieldResolver(() => String, {
    description: 'Administrative level in Chinese: 省级, 地级 or 县级.',
  })
  levelLabel(@Root() region: Region): string {
    return labelOf('RegionLevel', region.level) ?? region.level;
  }

  @FieldResolver(() => [Region], {
    nullable: true,
    description: 'Regions directly inside this one, by code.',
  })
  children(@Root() region: Region, @Ctx() ctx: RequestContext) {
    return ctx.services.regions.children(region.code);
  }
}
