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
import { CompetitionGroup } from '../common/enums';
import { factFieldsResolver } from '../fact/fact.resolver';
import { CommonFilter, commonWhere, inList, FlatFilterArgs, flatWhere } from '../common/filters';
import { PageArgs } from '../common/page-args';
import { paginate } from '../common/paginate';
import { Competition } from './competition.entity';
import { Result } from './result.entity';

const ResultConnection = Connection(Result, 'Result');
const CompetitionConnection = Connection(Competition, 'Competition');

@InputType({ description: 'Which results to list.' })
export class ResultFilter extends CommonFilter {
  @Field(() => ID, { nullable: true, description: 'Only results of this competition.' })
  competition?: string | null;

  @Field(() => [CompetitionGroup], { nullable: true, description: 'Only these groups.' })
  groups?: CompetitionGroup[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these sports (exact names).' })
  sports?: string[] | null;
}

export const ResultFactFields = factFieldsResolver(Result);

@Resolver(() => Result)
export class ResultResolver {
  @Authorized(Need.READ)
  @Query(() => ResultConnection, {
    ...CONNECTION_FIELD,
    description: 'Competition results of delegations.',
  })
  async results(
    @Arg('filter', () => ResultFilter, { nullable: true, description: 'Which results.' })
    filter: ResultFilter | null,
    @Args() page: PageArgs,
    @Args() flat: FlatFilterArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const where = [
      ...commonWhere(filter, ctx.services.regions),
      ...(filter?.competition ? [{ competition: Number(filter.competition) || 0 }] : []),
      ...inList('group', filter?.groups),
      ...inList('sport', filter?.sports),
      ...flatWhere(flat, ctx.services.regions),
    ];
    return new ResultConnection(await paginate(ctx.em, Result, where, page));
  }

  @FieldResolver(() => Competition, { description: 'The competition.' })
  competition(@Root() result: Result): Promise<Competition> {
    return result.competition.load({ dataloader: true }) as Promise<Competition>;
  }

  @FieldResolver(() => ID, { description: 'The competition’s id, as a flat column.' })
  competitionId(@Root() result: Result): string {
    return String(result.competition.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The competition’s name, as a flat column.',
  })
  async competitionName(@Root() result: Result): Promise<string | null> {
    return (await this.competition(result))?.name ?? null;
  }
}

@Resolver(() => Competition)
export class CompetitionResolver {
  @Authorized(Need.READ)
  @Query(() => CompetitionConnection, {
    ...CONNECTION_FIELD,
    description: 'Competitions that current results of the filtered regions and years refer to.',
  })
  async competitions(
    @Arg('filter', () => CommonFilter, { nullable: true, description: 'Regions and years.' })
    filter: CommonFilter | null,
    @Args() page: PageArgs,
    @Args() flat: FlatFilterArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const resultWhere = {
      $and: [
        ...commonWhere(filter, ctx.services.regions),
        ...flatWhere(flat, ctx.services.regions),
      ],
    };
    const ids = ctx.em.createQueryBuilder(Result, 'r').select('r.competition').where(resultWhere);
    const where = [{ id: { $in: ids.getKnexQuery() } }];
    return new CompetitionConnection(await paginate(ctx.em, Competition, where, page));
  }
}
