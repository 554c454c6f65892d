import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CompetitionGroup } from '../common/enums';
import type { CatalogText } from '../common/messages/clerk-texts';
import { Region } from '../region/region.entity';

export { EventDimension, FacilityDimension, Normalization } from './comparison.enums';

@ObjectType({
  description:
    'How many of the county-level regions under a summed value reported: 3 of 16 means the total is partial.',
  simpleResolvers: true,
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
  simpleResolvers: true,
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

  /** What the note says, in neither language yet (see row-notes.ts); not in the schema. */
  notes!: readonly CatalogText[];

  @Field(() => Coverage, {
    nullable: true,
    description:
      'For a value summed over sub-regions, how many of them reported; null for a single region’s own figure, a rate, or a null value.',
  })
  coverage!: Coverage | null;
}

export { CompetitionGroup, Region };
