import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  CompetitionGroup,
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../common/enums';
import { Region } from '../region/region.entity';
import { labelOf } from '../common/enum-labels';

export { EventDimension, FacilityDimension, Normalization } from './comparison.enums';

@ObjectType({
  description:
    'How many of the county-level regions under a summed value reported: 3 of 16 means the total is partial.',
})
export class Coverage {
  @Field(() => Int, {
    description:
      'County-level regions with at least one current fact of the kind and year (for an indicator: of that metric); a city reporting its own figure covers all of its counties.',
  })
  reported!: number;

  @Field(() => Int, {
    description: 'County-level regions (区, 县, 县级市) under the region in GB/T 2260.',
  })
  expected!: number;
}

@ObjectType({
  description:
    'One compared value: a region, a year and a metric. BI tools read these rows directly.',
})
export class ComparisonRow {
  regionCode!: string;

  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => String, {
    description: 'Metric key, e.g. facilities.investmentYuan or indicators.POPULATION.',
  })
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The value; null when nothing was reported (never a silent 0).',
  })
  value!: number | null;

  @Field(() => Boolean, { description: 'Whether any contributing figure was given as 余/约/多.' })
  approximate!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      '1 = highest value among the compared regions for this metric and year; ties share a rank.',
  })
  rank!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the value is null or how it was derived, when that needs saying: a partial total, a rate left as it is.',
  })
  note!: string | null;

  @Field(() => Coverage, {
    nullable: true,
    description:
      'For a value summed over sub-regions, how many of them reported; null for a single region’s own figure, a rate, or a null value.',
  })
  coverage!: Coverage | null;
}

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

@ObjectType({ description: 'One delegation on a medal table.' })
export class MedalRow {
  regionCode!: string;

  @Field(() => Int, {
    description: 'Rank: gold first, then silver, then bronze; ties share a rank.',
  })
  rank!: number;

  @Field(() => Float, { description: 'Gold medals (shared medals count as halves).' })
  gold!: number;

  @Field(() => Float, { description: 'Silver medals.' })
  silver!: number;

  @Field(() => Float, { description: 'Bronze medals.' })
  bronze!: number;

  @Field(() => Float, { description: 'Gold + silver + bronze.' })
  medals!: number;

  @Field(() => Float, { nullable: true, description: 'Team points, when reported.' })
  points!: number | null;

  @Field(() => Int, { nullable: true, description: 'Athletes sent, when reported.' })
  athletes!: number | null;
}

export { CompetitionGroup, Region };
