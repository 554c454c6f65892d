import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A key indicator of the catalog (ledger-spec §2); seeded from `metric-catalog.ts`. */
@ObjectType({ description: 'A key indicator of the catalog.' })
@Entity({ tableName: 'metric' })
export class Metric {
  // tells MikroORM's types the key's name, so a reference can be made from a key
  [PrimaryKeyProp]?: 'key';

  @Field(() => ID, { description: 'Stable key, e.g. POPULATION.' })
  @PrimaryKey({ type: 'string' })
  key!: string;

  @Field(() => String, { description: 'Canonical Chinese name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Unit values are stored in.' })
  @Property({ type: 'string' })
  unit!: string;

  @Field(() => [String], { nullable: true, description: 'Other names a ledger may use.' })
  @Property({ type: 'text[]' })
  aliases: string[] = [];

  /** Whether sub-regions' values add up to their parent's (counts do, rates do not). */
  @Property({ type: 'boolean' })
  additive = true;
}
