import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FacilityStatus, FacilityType, ProjectType } from '../common/enums';
import { Fact } from '../fact/fact.entity';
import { DateScalar } from '../common/scalars';
import { DatePrecision } from '../common/date-precision';
import { labelOf } from '../common/enum-labels';

/** One facility project, or `quantity` identical ones; money in yuan, area in m², length in km. */
@ObjectType({
  description: 'One facility project, or `quantity` identical ones, from a 场地设施台账.',
})
@Entity({ tableName: 'facility' })
@Index({
  name: 'facility_current_region_id',
  expression:
    'create index "facility_current_region_id" on "facility" ("region_code", "id") where "current"',
})
@Index({
  name: 'facility_current_region_year',
  expression:
    'create index "facility_current_region_year" on "facility" ("region_code", "year", "id") where "current"',
})
@Index({
  name: 'facility_current_type',
  expression: 'create index "facility_current_type" on "facility" ("type", "year") where "current"',
})
@Index({ name: 'facility_scope', properties: ['scopeRegionCode', 'year', 'region'] })
export class Facility extends Fact {
  @Field(() => String, { description: 'Name of the project.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FacilityType, { description: 'Facility type.' })
  @Enum({ items: () => FacilityType, type: 'string' })
  type!: FacilityType;

  @Field(() => ProjectType, {
    nullable: true,
    description: 'New, renovation, expansion or repair.',
  })
  @Enum({ items: () => ProjectType, type: 'string', nullable: true })
  projectType?: ProjectType | null;

  @Field(() => FacilityStatus, { description: 'Construction status.' })
  @Enum({ items: () => FacilityStatus, type: 'string' })
  status: FacilityStatus = FacilityStatus.COMPLETED;

  @Field(() => Int, { description: 'Number of identical facilities.' })
  @Property({ type: 'integer' })
  quantity = 1;

  @Field(() => Float, { nullable: true, description: 'Investment in yuan.' })
  @Property({ type: 'double', nullable: true })
  investmentYuan?: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in square metres.' })
  @Property({ type: 'double', nullable: true })
  areaM2?: number | null;

  @Field(() => Float, { nullable: true, description: 'Length in kilometres (trails).' })
  @Property({ type: 'double', nullable: true })
  lengthKm?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Completion date (first day of the month or year given).',
  })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Field(() => DatePrecision, {
    name: 'completedOnPrecision',
    nullable: true,
    description: 'How precisely the ledger gave completedOn: DAY, MONTH or YEAR (建成年份 2019).',
  })
  @Property({ type: 'string', nullable: true })
  completedPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Source of funds.' })
  @Property({ type: 'text', nullable: true })
  fundingSource?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is built.' })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  // Chinese twins of the enum fields, for charts and for connectors that drop enum columns.
  @Field(() => String, { nullable: true, description: 'Facility type in Chinese: 健身园.' })
  get typeLabel(): string | null {
    return labelOf('FacilityType', this.type);
  }

  @Field(() => String, { nullable: true, description: 'Construction status in Chinese: 已建成.' })
  get statusLabel(): string | null {
    return labelOf('FacilityStatus', this.status);
  }

  @Field(() => String, { nullable: true, description: 'Project type in Chinese: 新建.' })
  get projectTypeLabel(): string | null {
    return labelOf('ProjectType', this.projectType);
  }

  @Field(() => String, {
    nullable: true,
    description: 'How precisely completedOn was given, in Chinese: 日, 月 or 年.',
  })
  get completedOnPrecisionLabel(): string | null {
    return labelOf('DatePrecision', this.completedPrecision);
  }
}
