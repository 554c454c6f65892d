import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Fact } from '../fact/fact.entity';
import { Metric } from './metric.entity';

/** One metric value for one region and year. */
@ObjectType({ description: 'One metric value for one region and year, from a 工作指标台账.' })
@Entity({ tableName: 'indicator' })
@Index({
  name: 'indicator_current_region_id',
  expression:
    'create index "indicator_current_region_id" on "indicator" ("region_code", "id") where "current"',
})
@Index({
  name: 'indicator_current_region_year',
  expression:
    'create index "indicator_current_region_year" on "indicator" ("region_code", "year", "metric_key") where "current"',
})
@Index({
  name: 'indicator_current_metric',
  expression:
    'create index "indicator_current_metric" on "indicator" ("metric_key", "year") where "current"',
})
@Index({ name: 'indicator_scope', properties: ['scopeRegionCode', 'year', 'region'] })
export class Indicator extends Fact {
  @ManyToOne(() => Metric, { ref: true })
  metric!: Ref<Metric>;

  @Field(() => Float, { description: 'Value in the metric’s unit.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Boolean, { description: 'Whether the ledger gave it as 余/约/多.' })
  @Property({ type: 'boolean' })
  approximate = false;

  @Field(() => String, { nullable: true, description: 'Notes (备注).' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
