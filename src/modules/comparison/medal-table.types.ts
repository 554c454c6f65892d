import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { RegionRecord } from '../../regions/region-data';
import { Region } from '../region/region.entity';

@ObjectType({ description: 'One delegation on a medal table.', simpleResolvers: true })
export class MedalRow {
  regionCode!: string;

  // set with the row (not resolved per row): the region index is in memory
  @Field(() => Region, { description: "The delegation's region." })
  region!: RegionRecord;

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
