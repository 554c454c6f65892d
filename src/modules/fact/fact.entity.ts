import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ImportBatch } from '../import-batch/import-batch.entity';
import { Region } from '../region/region.entity';

/**
 * What every ledger row shares: where it came from, which region and year it describes, and
 * whether it is the current version of its scope (rows replaced by a later ledger stay as history).
 */
// Registered as an object type only so that Event, Facility, Result and Indicator inherit its
// fields; type-graphql leaves it out of the schema because no field returns it.
@ObjectType({ description: 'What every ledger row shares.' })
@Entity({ abstract: true })
export abstract class Fact {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  // Bulk loads check neither reference row by row: the importer writes only its own batch and
  // regions it has resolved, and per-row foreign-key triggers would cost a third of the load.
  @ManyToOne(() => ImportBatch, { ref: true, createForeignKeyConstraint: false })
  batch!: Ref<ImportBatch>;

  @Property({ type: 'string' })
  sheet!: string;

  @Property({ type: 'integer' })
  row!: number;

  @ManyToOne(() => Region, { ref: true, createForeignKeyConstraint: false })
  region!: Ref<Region>;

  /** The region whose ledger this row belongs to: the workbook's region, or the row's own. */
  @Property({ type: 'string', length: 6 })
  scopeRegionCode!: string;

  @Field(() => Int, { description: 'The year the row reports on.' })
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'boolean', default: false })
  current!: boolean;

  // Nullable in the schema (never null in fact): BI connectors refuse a type with a non-null list.
  @Field(() => [String], {
    nullable: true,
    description: 'Fields given as 余/约/多 in the ledger, e.g. ["participants"].',
  })
  @Property({ type: 'text[]', default: '{}' })
  approximateFields: string[] = [];
}
