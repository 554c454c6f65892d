import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../common/enums';

// The GraphQL types of facilitySummary and eventSummary: what totals are grouped by, and a group.

export enum FacilityDimension {
  REGION = 'REGION',
  YEAR = 'YEAR',
  TYPE = 'TYPE',
  STATUS = 'STATUS',
  PROJECT_TYPE = 'PROJECT_TYPE',
}

export enum EventDimension {
  REGION = 'REGION',
  YEAR = 'YEAR',
  CATEGORY = 'CATEGORY',
  LEVEL = 'LEVEL',
  SPORT = 'SPORT',
  FORMAT = 'FORMAT',
}

registerEnumType(FacilityDimension, {
  name: 'FacilityDimension',
  description: 'What facility totals are grouped by.',
});
registerEnumType(EventDimension, {
  name: 'EventDimension',
  description: 'What event totals are grouped by.',
});

@ObjectType({ description: 'Facility totals of one group.' })
export class FacilityGroup {
  regionCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => FacilityType, { nullable: true, description: 'Type, when grouped by TYPE.' })
  type!: FacilityType | null;

  @Field(() => FacilityStatus, { nullable: true, description: 'Status, when grouped by STATUS.' })
  status!: FacilityStatus | null;

  @Field(() => ProjectType, {
    nullable: true,
    description: 'Project type, when grouped by PROJECT_TYPE.',
  })
  projectType!: ProjectType | null;

  @Field(() => Int, { description: 'Ledger rows.' })
  count!: number;

  @Field(() => Int, { description: 'Facilities (rows × their 数量).' })
  quantity!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Investment in yuan; null when none was reported.',
  })
  investmentYuan!: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in m²; null when none was reported.' })
  areaM2!: number | null;

  @Field(() => Float, { nullable: true, description: 'Length in km; null when none was reported.' })
  lengthKm!: number | null;
}

@ObjectType({ description: 'Event totals of one group.' })
export class EventGroup {
  regionCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => EventCategory, {
    nullable: true,
    description: 'Category, when grouped by CATEGORY.',
  })
  category!: EventCategory | null;

  @Field(() => EventLevel, { nullable: true, description: 'Level, when grouped by LEVEL.' })
  level!: EventLevel | null;

  @Field(() => String, { nullable: true, description: 'Sport, when grouped by SPORT.' })
  sport!: string | null;

  @Field(() => EventFormat, { nullable: true, description: 'Format, when grouped by FORMAT.' })
  format!: EventFormat | null;

  @Field(() => Int, { description: 'Events held.' })
  count!: number;

  @Field(() => Int, { nullable: true, description: 'Participants; null when none was reported.' })
  participants!: number | null;
}
