import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { CompetitionGroup } from '../common/enums';
import { FlatFilterArgs, withFlat } from '../common/filters';
import { splitItems } from '../common/list-items';
import { EventFilter } from '../event/event.resolver';
import { FacilityFilter } from '../facility/facility.resolver';
import { Region, RegionLevel } from '../region/region.entity';
import { ComparisonRow, Normalization } from './comparison.types';
import { MedalRow } from './medal-table.types';
import { EventDimension, EventGroup, FacilityDimension, FacilityGroup } from './summary.types';
import { compare } from './compare.service';
import { medalTable } from './medal-table.service';
import { sayNotes } from './row-notes';
import { eventSummary, facilitySummary } from './summaries';

@Resolver()
export class ComparisonResolver {
  @Authorized(Need.READ)
  @Query(() => [ComparisonRow], {
    description:
      'Cross-region comparison: one flat row per (region, year, metric). Metric keys: events.count events.participants facilities.count facilities.quantity facilities.investmentYuan facilities.areaM2 facilities.lengthKm results.athletes results.gold results.silver results.bronze results.medals results.points indicators.<METRIC KEY>.',
  })
  async compare(
    @Arg('regions', () => [ID], {
      description: 'Region codes to compare; one item may list several: "120102,140700".',
    })
    regions: string[],
    @Arg('metrics', () => [String], {
      description: 'Metric keys (see the query description); one item may list several, by commas.',
    })
    metrics: string[],
    @Arg('years', () => [Int], {
      nullable: true,
      description: 'Years; all years with data when omitted.',
    })
    years: number[] | null,
    @Arg('includeDescendants', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Whether a region includes its sub-regions.',
    })
    includeDescendants: boolean | null,
    @Arg('normalize', () => Normalization, {
      nullable: true,
      defaultValue: Normalization.NONE,
      description: 'Per-capita scaling.',
    })
    normalize: Normalization | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ComparisonRow[]> {
    const args = {
      regions: splitItems(regions) ?? [],
      metrics: splitItems(metrics) ?? [],
      years,
      includeDescendants: includeDescendants !== false,
      normalize: normalize ?? Normalization.NONE,
    };
    const knex = ctx.services.reads();
    const rows = await ctx.services.answers.get(
      'compare',
      args,
      () => compare(knex, ctx.services.regions, args),
      ctx.res,
    );
    return sayNotes(rows, ctx.lang);
  }

  @Authorized(Need.READ)
  @Query(() => [FacilityGroup], {
    description:
      'Facility totals grouped by the given dimensions; rollupTo adds sub-regions into their ancestor at that level.',
  })
  facilitySummary(
    @Arg('filter', () => FacilityFilter, { nullable: true, description: 'Which facilities.' })
    filter: FacilityFilter | null,
    @Arg('groupBy', () => [FacilityDimension], {
      nullable: true,
      defaultValue: [FacilityDimension.REGION],
      description: 'Dimensions to group by; by region when omitted.',
    })
    groupBy: FacilityDimension[] | null,
    @Args() flat: FlatFilterArgs,
    @Arg('rollupTo', () => RegionLevel, {
      nullable: true,
      description: "Level whose regions collect their sub-regions' rows.",
    })
    rollupTo: RegionLevel | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FacilityGroup[]> {
    const args = {
      filter: withFlat(filter, flat),
      groupBy: groupBy ?? [FacilityDimension.REGION],
      rollupTo,
    };
    const knex = ctx.services.reads();
    return ctx.services.answers.get(
      'facilitySummary',
      args,
      () => facilitySummary(knex, ctx.services.regions, args.filter, args.groupBy, args.rollupTo),
      ctx.res,
    );
  }

  @Authorized(Need.READ)
  @Query(() => [EventGroup], {
    description:
      'Event totals grouped by the given dimensions; rollupTo adds sub-regions into their ancestor at that level.',
  })
  eventSummary(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events.' })
    filter: EventFilter | null,
    @Arg('groupBy', () => [EventDimension], {
      nullable: true,
      defaultValue: [EventDimension.REGION],
      description: 'Dimensions to group by; by region when omitted.',
    })
    groupBy: EventDimension[] | null,
    @Args() flat: FlatFilterArgs,
    @Arg('rollupTo', () => RegionLevel, {
      nullable: true,
      description: "Level whose regions collect their sub-regions' rows.",
    })
    rollupTo: RegionLevel | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EventGroup[]> {
    const args = {
      filter: withFlat(filter, flat),
      groupBy: groupBy ?? [EventDimension.REGION],
      rollupTo,
    };
    const knex = ctx.services.reads();
    return ctx.services.answers.get(
      'eventSummary',
      args,
      () => eventSummary(knex, ctx.services.regions, args.filter, args.groupBy, args.rollupTo),
      ctx.res,
    );
  }

  @Authorized(Need.READ)
  @Query(() => [MedalRow], {
    description: "A competition's medal table: gold first, then silver, then bronze.",
  })
  medalTable(
    @Arg('competition', () => ID, { description: 'Competition id.' }) competition: string,
    @Arg('group', () => CompetitionGroup, {
      nullable: true,
      description: 'One group (YOUTH, ADULT …); the whole delegations when omitted.',
    })
    group: CompetitionGroup | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MedalRow[]> {
    const knex = ctx.services.reads();
    const id = Number(competition) || 0;
    return ctx.services.answers.get(
      'medalTable',
      { id, group },
      () => medalTable(knex, ctx.services.regions, id, group),
      ctx.res,
    );
  }
}

/** The region of a comparison, summary or medal row, from the in-memory region index. */
function regionField(row: { regionCode: string | null }, ctx: RequestContext) {
  return row.regionCode ? (ctx.services.regions.get(row.regionCode) ?? null) : null;
}

@Resolver(() => ComparisonRow)
export class ComparisonRowResolver {
  @FieldResolver(() => Region, { description: 'The compared region.' })
  region(@Root() row: ComparisonRow, @Ctx() ctx: RequestContext) {
    return regionField(row, ctx);
  }
}
