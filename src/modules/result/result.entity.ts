import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CompetitionGroup } from '../common/enums';
import { DatePrecision } from '../common/date-precision';
import { labelOf } from '../common/enum-labels';
import { DateScalar } from '../common/scalars';
import { Fact } from '../fact/fact.entity';
import { Competition } from './competition.entity';

/** One delegation's result at one competition, optionally for one group or sport. */
@ObjectType({ description: 'One delegation’s result at one competition, from a 竞赛成绩台账.' })
@Entity({ tableName: 'result' })
@Index({
  name: 'result_current_region_id',
  expression:
    'create index "result_current_region_id" on "result" ("region_code", "id") where "current"',
})
@Index({
  name: 'result_current_region_year',
  expression:
    'create index "result_current_region_year" on "result" ("region_code", "year", "id") where "current"',
})
@Index({
  name: 'result_current_competition',
  expression:
    'create index "result_current_competition" on "result" ("competition_id") where "current"',
})
@Index({
  name: 'result_current_group',
  expression: 'create index "result_current_group" on "result" ("group") where "current"',
})
@Index({ name: 'result_scope', properties: ['scopeRegionCode', 'year', 'region'] })
export class Result extends Fact {
  @ManyToOne(() => Competition, { ref: true })
  competition!: Ref<Competition>;

  @Field(() => CompetitionGroup, { description: 'Group (组别); ALL for the whole delegation.' })
  @Enum({ items: () => CompetitionGroup, type: 'string' })
  group: CompetitionGroup = CompetitionGroup.ALL;

  @Field(() => String, { nullable: true, description: 'Sport, when the row is for one.' })
  @Property({ type: 'text', nullable: true })
  sport?: string | null;

  @Field(() => Int, { nullable: true, description: 'Athletes sent.' })
  @Property({ type: 'integer', nullable: true })
  athletes?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Gold medals (halves for shared medals); null = not reported.',
  })
  @Property({ type: 'double', nullable: true })
  gold?: number | null;

  @Field(() => Float, { nullable: true, description: 'Silver medals; null = not reported.' })
  @Property({ type: 'double', nullable: true })
  silver?: number | null;

  @Field(() => Float, { nullable: true, description: 'Bronze medals; null = not reported.' })
  @Property({ type: 'double', nullable: true })
  bronze?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Total medals: as given, or gold + silver + bronze when all three are; null = not reported.',
  })
  @Property({ type: 'double', nullable: true })
  medals?: number | null;

  @Field(() => Float, { nullable: true, description: 'Team points (团体总分).' })
  @Property({ type: 'double', nullable: true })
  points?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank on the medal table.' })
  @Property({ type: 'integer', nullable: true })
  medalRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank on the gold-medal table.' })
  @Property({ type: 'integer', nullable: true })
  goldRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank by team points.' })
  @Property({ type: 'integer', nullable: true })
  pointsRank?: number | null;

  @Field(() => Int, { nullable: true, description: 'Placement (第八名 = 8).' })
  @Property({ type: 'integer', nullable: true })
  placement?: number | null;

  @Field(() => String, { nullable: true, description: 'Honours won.' })
  @Property({ type: 'text', nullable: true })
  honors?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day of 比赛时间 (or first day of the month or year given).',
  })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => DatePrecision, {
    name: 'datePrecision',
    nullable: true,
    description: 'How precisely 比赛时间 gave the start: DAY, MONTH or YEAR.',
  })
  @Property({ type: 'string', nullable: true })
  startPrecision?: DatePrecision | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of 比赛时间, when a range was given (a month or year ends on its last day).',
  })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  // Chinese twins of the enum fields, for charts and for connectors that drop enum columns.
  @Field(() => String, { nullable: true, description: 'Group in Chinese: 青少年组.' })
  get groupLabel(): string | null {
    return labelOf('CompetitionGroup', this.group);
  }

  @Field(() => String, {
    nullable: true,
    description: 'How precisely 比赛时间 was given, in Chinese: 日, 月 or 年.',
  })
  get datePrecisionLabel(): string | null {
    return labelOf('DatePrecision', this.startPrecision);
  }
}
