import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { RegionRecord } from '../../regions/region-data';
import { labelOf } from '../common/enum-labels';
import { Region } from '../region/region.entity';
import {
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../common/enums';

// The GraphQL types of facilitySummary and eventSummary: what totals are grouped by, and a group.

export { EventDimension, FacilityDimension } from './comparison.enums';

@ObjectType({ description: 'Facility totals of one group.', simpleResolvers: true })
export class FacilityGroup {
  regionCode!: string | null;

  // set with the row (not resolved per row): the region index is in memory
  @Field(() => Region, { nullable: true, description: 'The region, when grouped by REGION.' })
  region!: RegionRecord | null;

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

  @Field(() => String, {
    nullable: true,
    description: 'Type in Chinese (健身园), when grouped by TYPE.',
  })
  get typeLabel(): string | null {
    return labelOf('FacilityType', this.type);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Status in Chinese, when grouped by STATUS.',
  })
  get statusLabel(): string | null {
    return labelOf('FacilityStatus', this.status);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Project type in Chinese, when grouped by PROJECT_TYPE.',
  })
  get projectTypeLabel(): string | null {
    return labelOf('ProjectType', this.projectType);
  }
}

@ObjectType({ description: 'Event totals of one group.', simpleResolvers: true })
export class EventGroup {
  regionCode!: string | null;

  // set with the row (not resolved per row): the region index is in memory
  @Field(() => Region, { nullable: true, description: 'The region, when grouped by REGION.' })
  region!: RegionRecord | null;

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

  @Field(() => String, {
    nullable: true,
    description: 'Category in Chinese (群众体育), when grouped by CATEGORY.',
  })
  get categoryLabel(): string | null {
    return labelOf('EventCategory', this.category);
  }

  @Field(() => String, { nullable: true, description: 'Level in Chinese, when grouped by LEVEL.' })
  get levelLabel(): string | null {
    return labelOf('EventLevel', this.level);
  }

  @Field(() => String, {
    nullable: true,
    description: 'Format in Chinese, when grouped by FORMAT.',
  })
  get formatLabel(): string | null {
    return labelOf('EventFormat', this.format);
  }
}
