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
import { pageRows } from '../common/paginate';
import { Competition } from './competition.entity';
import { Result } from './result.entity';
import { COMPETITION_ROWS, RESULT_ROWS, type ResultNode } from './result.rows';

const ResultConnection = Connection<Result, ResultNode>(Result, 'Result');
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
      ...(filter?.competition
        ? [{ sql: '"competition_id" = ?', bindings: [Number(filter.competition) || 0] }]
        : []),
      ...inList('group', filter?.groups),
      ...inList('sport', filter?.sports),
      ...flatWhere(flat, ctx.services.regions),
    ];
    return new ResultConnection(await pageRows(ctx.services.reads(), RESULT_ROWS, where, page));
  }

  @FieldResolver(() => Competition, { description: 'The competition.' })
  competition(@Root() result: ResultNode, @Ctx() ctx: RequestContext): Promise<Competition> {
    const competition = ctx.em.getReference(Competition, result.competitionId, { wrapped: true });
    return competition.load({ dataloader: true }) as Promise<Competition>;
  }

  @FieldResolver(() => ID, { description: 'The competition’s id, as a flat column.' })
  competitionId(@Root() result: ResultNode): string {
    return String(result.competitionId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The competition’s name, as a flat column.',
  })
  async competitionName(
    @Root() result: ResultNode,
    @Ctx() ctx: RequestContext,
  ): Promise<string | null> {
    return (await this.competition(result, ctx))?.name ?? null;
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
    const results = [
      ...commonWhere(filter, ctx.services.regions),
      ...flatWhere(flat, ctx.services.regions),
    ];
    const where = {
      sql: `id in (select competition_id from result where ${results.map((c) => c.sql).join(' and ')})`,
      bindings: results.flatMap((c) => c.bindings),
    };
    return new CompetitionConnection(
      await pageRows(ctx.services.reads(), COMPETITION_ROWS, [where], page),
    );
  }
}
