import { Arg, Args, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import type { RegionIndex } from '../../regions/region-index';
import { CONNECTION_FIELD, Connection } from '../common/connection';
import { EventCategory, EventFormat, EventLevel } from '../common/enums';
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
import { Event } from './event.entity';
import { EVENT_ROWS, type EventNode } from './event.rows';

const EventConnection = Connection<Event, EventNode>(Event, 'Event');

@InputType({ description: 'Which events to list or summarise.' })
export class EventFilter extends CommonFilter {
  @Field(() => [EventCategory], { nullable: true, description: 'Only these categories.' })
  categories?: EventCategory[] | null;

  @Field(() => [EventLevel], { nullable: true, description: 'Only these levels.' })
  levels?: EventLevel[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these sports (exact names).' })
  sports?: string[] | null;

  @Field(() => [EventFormat], { nullable: true, description: 'Only these formats.' })
  formats?: EventFormat[] | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text.' })
  nameContains?: string | null;
}

export function eventWhere(
  regions: RegionIndex,
  filter: EventFilter | null | undefined,
): SqlCondition[] {
  return [
    ...commonWhere(filter, regions),
    ...inList('category', filter?.categories),
    ...inList('level', filter?.levels),
    ...inList('sport', filter?.sports),
    ...inList('format', filter?.formats),
    ...contains('name', filter?.nameContains),
  ];
}

export const EventFactFields = factFieldsResolver(Event);

@Resolver(() => Event)
export class EventResolver {
  @Authorized(Need.READ)
  @Query(() => EventConnection, {
    ...CONNECTION_FIELD,
    description: 'Events held, in the order they were imported.',
  })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events.' })
    filter: EventFilter | null,
    @Args() page: PageArgs,
    @Args() flat: FlatFilterArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new EventConnection(
      await pageRows(
        ctx.services.reads(),
        EVENT_ROWS,
        [...eventWhere(ctx.services.regions, filter), ...flatWhere(flat, ctx.services.regions)],
        page,
      ),
    );
  }
}
