import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Need } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Connection } from '../common/connection';
import { factFieldsResolver } from '../fact/fact.resolver';
import { CommonFilter, commonWhere, inList } from '../common/filters';
import { PageArgs } from '../common/page-args';
import { paginate } from '../common/paginate';
import { Indicator } from './indicator.entity';
import { Metric } from './metric.entity';

const IndicatorConnection = Connection(Indicator, 'Indicator');

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
  @Query(() => IndicatorConnection, { description: 'Key indicator values by region and year.' })
  async indicators(
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Which values.' })
    filter: IndicatorFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const where = [
      ...commonWhere(filter, ctx.services.regions),
      ...inList('metric', filter?.metrics),
    ];
    return new IndicatorConnection(await paginate(ctx.em, Indicator, where, page));
  }

  @FieldResolver(() => Metric, { description: 'The metric.' })
  metric(@Root() indicator: Indicator): Promise<Metric> {
    return indicator.metric.load({ dataloader: true }) as Promise<Metric>;
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
