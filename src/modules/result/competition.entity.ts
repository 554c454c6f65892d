import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A competition (运动会, 锦标赛, 资格赛) in a year; results of several ledgers meet here. */
@ObjectType({ description: 'A competition in a year; results of several ledgers meet here.' })
@Entity({ tableName: 'competition' })
@Unique({ properties: ['name', 'year'] })
export class Competition {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name of the competition.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Year it was held.' })
  @Property({ type: 'integer' })
  year!: number;
}
