import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { EventCategory, EventFormat, EventLevel } from '../common/enums';
import { Fact } from '../fact/fact.entity';
import { DateScalar } from '../common/scalars';
import { DatePrecision } from '../common/date-precision';
import { labelOf } from '../common/enum-labels';

/** One event or activity (or series) held, as a bureau's 赛事活动台账 lists it. */
@ObjectType({ description: 'One event or activity held, from a 赛事活动台账.' })
@Entity({ tableName: 'event' })
@Index({
  name: 'event_current_region_id',
  expression:
    'create index "event_current_region_id" on "event" ("region_code", "id") where "current"',
})
@Index({
  name: 'event_current_region_year',
  expression:
    'create index "event_current_region_year" on "event" ("region_code", "year", "id") where "current"',
})
@Index({
  name: 'event_current_category',
  expression:
    'create index "event_current_category" on "event" ("category", "year") where "current"',
})
@Index({
  name: 'event_current_level',
  expression: 'create index "event_current_level" on "event" ("level", "year") where "current"',
})
@Index({
  name: 'event_current_sport',
  expression: 'create index "event_current_sport" on "event" ("sport") where "current"',
})
@Index({
  name: 'event_current_format',
  expression: 'create index "event_current_format" on "event" ("format") where "current"',
})
@Index({ name: 'event_scope', properties: ['scopeRegionCode', 'year', 'region'] })
export class Event extends Fact {
  @Field(() => String, { description: 'Name of the event.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day (or first day of the month or year given).',
  })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => DatePrecision, {
    name: 'datePrecision',
    nullable: true,
    description: 'How precisely the ledger gave the start: DAY, MONTH (2022年3月) or YEAR.',
  })
  @Property({ type: 'string', nullable: true })
  startPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, when a range was given.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => EventLevel, { nullable: true, description: 'Level (国际 … 社区).' })
  @Enum({ items: () => EventLevel, type: 'string', nullable: true })
  level?: EventLevel | null;

  @Field(() => EventCategory, { nullable: true, description: 'Category (群众体育, 竞技体育 …).' })
  @Enum({ items: () => EventCategory, type: 'string', nullable: true })
  category?: EventCategory | null;

  @Field(() => String, { nullable: true, description: 'Sport (项目).' })
  @Property({ type: 'text', nullable: true })
  sport?: string | null;

  @Field(() => EventFormat, { nullable: true, description: 'Online, offline or both.' })
  @Enum({ items: () => EventFormat, type: 'string', nullable: true })
  format?: EventFormat | null;

  @Field(() => String, { nullable: true, description: 'Organizer (主办单位).' })
  @Property({ type: 'text', nullable: true })
  organizer?: string | null;

  @Field(() => Int, { nullable: true, description: 'Participants (人数 or 人次).' })
  @Property({ type: 'integer', nullable: true })
  participants?: number | null;

  @Field(() => Int, { nullable: true, description: 'Teams taking part.' })
  @Property({ type: 'integer', nullable: true })
  teams?: number | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  // Chinese twins of the enum fields, for charts and for connectors that drop enum columns.
  @Field(() => String, { nullable: true, description: 'Level in Chinese: 区级.' })
  get levelLabel(): string | null {
    return labelOf('EventLevel', this.level);
  }

  @Field(() => String, { nullable: true, description: 'Category in Chinese: 群众体育.' })
  get categoryLabel(): string | null {
    return labelOf('EventCategory', this.category);
  }

  @Field(() => String, { nullable: true, description: 'Format in Chinese: 线下.' })
  get formatLabel(): string | null {
    return labelOf('EventFormat', this.format);
  }

  @Field(() => String, {
    nullable: true,
    description: 'How precisely the start was given, in Chinese: 日, 月 or 年.',
  })
  get datePrecisionLabel(): string | null {
    return labelOf('DatePrecision', this.startPrecision);
  }
}
