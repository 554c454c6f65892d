import { Arg, Args, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import type { RegionIndex } from '../../regions/region-index';
import { CONNECTION_FIELD, Connection } from '../common/connection';
import { FacilityStatus, FacilityType, ProjectType } from '../common/enums';
import { factFieldsResolver } from '../fact/fact.resolver';
import {
  CommonFilter,
  commonWhere,
  contains,
  inList,
  FlatFilterArgs,
  flatWhere,
} from '../common/filters';
import { PageArgs } from '../common/page-args';
import { pageRows } from '../common/paginate';
import type { SqlCondition } from '../common/filters';
import { Facility } from './facility.entity';
import { FACILITY_ROWS, type FacilityNode } from './facility.rows';

const FacilityConnection = Connection<Facility, FacilityNode>(Facility, 'Facility');

@InputType({ description: 'Which facilities to list or summarise.' })
export class FacilityFilter extends CommonFilter {
  @Field(() => [FacilityType], { nullable: true, description: 'Only these types.' })
  types?: FacilityType[] | null;

  @Field(() => [FacilityStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: FacilityStatus[] | null;

  @Field(() => [ProjectType], { nullable: true, description: 'Only these project types.' })
  projectTypes?: ProjectType[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  nameContains?: string | null;
}

export function facilityWhere(
  regions: RegionIndex,
  filter: FacilityFilter | null | undefined,
): SqlCondition[] {
  return [
    ...commonWhere(filter, regions),
    ...inList('type', filter?.types),
    ...inList('status', filter?.statuses),
    ...inList('project_type', filter?.projectTypes),
    ...contains('name', filter?.nameContains),
  ];
}

export const FacilityFactFields = factFieldsResolver(Facility);

@Resolver(() => Facility)
export class FacilityResolver {
  @Authorized(Need.READ)
  @Query(() => FacilityConnection, {
    ...CONNECTION_FIELD,
    description: 'Facilities built or planned.',
  })
  async facilities(
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'Which facilities.' })
    filter: FacilityFilter | null,
    @Args() page: PageArgs,
    @Args() flat: FlatFilterArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new FacilityConnection(
      await pageRows(
        ctx.services.reads(),
        FACILITY_ROWS,
        [...facilityWhere(ctx.services.regions, filter), ...flatWhere(flat, ctx.services.regions)],
        page,
      ),
    );
  }
}
