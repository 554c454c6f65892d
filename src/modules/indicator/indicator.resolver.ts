import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { CONNECTION_FIELD, Connection } from '../common/connection';
import { factFieldsResolver } from '../fact/fact.resolver';
import { CommonFilter, commonWhere, inList, FlatFilterArgs, flatWhere } from '../common/filters';
import { PageArgs } from '../common/page-args';
import { pageRows } from '../common/paginate';
import { Indicator } from './indicator.entity';
import { INDICATOR_ROWS, type IndicatorNode } from './indicator.rows';
import { Metric } from './metric.entity';

const IndicatorConnection = Connection<Indicator, IndicatorNode>(Indicator, 'Indicator');

@InputType({ description: 'Which indicator values to list.' })
export class IndicatorFilter extends CommonFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Only these metric keys (e.g. POPULATION).',
  })
  metrics?: string[] | null;
}

export const IndicatorFactFields = factFieldsResolver(Indicator);

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized(Need.READ)
  @Query(() => IndicatorConnection, {
    ...CONNECTION_FIELD,
    description: 'Key indicator values by region and year.',
  })
  async indicators(
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Which values.' })
    filter: IndicatorFilter | null,
    @Args() page: PageArgs,
    @Args() flat: FlatFilterArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const where = [
      ...commonWhere(filter, ctx.services.regions),
      ...inList('metric_key', filter?.metrics),
      ...flatWhere(flat, ctx.services.regions),
    ];
    return new IndicatorConnection(
      await pageRows(ctx.services.reads(), INDICATOR_ROWS, where, page),
    );
  }

  @FieldResolver(() => Metric, { description: 'The metric.' })
  metric(@Root() indicator: IndicatorNode, @Ctx() ctx: RequestContext): Promise<Metric> {
    const metric = ctx.em.getReference(Metric, indicator.metricKey, { wrapped: true });
    return metric.load({ dataloader: true }) as Promise<Metric>;
  }

  @FieldResolver(() => ID, { description: 'The metric key (POPULATION), as a flat column.' })
  metricKey(@Root() indicator: IndicatorNode): string {
    return indicator.metricKey;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The metric’s Chinese name (常住人口), as a flat column.',
  })
  async metricName(
    @Root() indicator: IndicatorNode,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await this.metric(indicator, ctx))?.name ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The unit the value is in, as a flat column.',
  })
  async metricUnit(
    @Root() indicator: IndicatorNode,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await this.metric(indicator, ctx))?.unit ?? null;
  }
}

@Resolver(() => Metric)
export class MetricResolver {
  @Authorized(Need.READ)
  @Query(() => [Metric], { description: 'The indicator catalog.' })
  metrics(@Ctx() ctx: RequestContext): Promise<Metric[]> {
    return ctx.em.find(Metric, {}, { orderBy: { key: 'asc' } });
  }
}
