import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description:
    'Administrative level; the four municipalities are PROVINCE and act as their own city.',
  valuesConfig: {
    PROVINCE: { description: 'Province, autonomous region or municipality (省级)' },
    CITY: { description: 'Prefecture-level city, prefecture or league (地级)' },
    DISTRICT: { description: 'District, county or county-level city (县级)' },
  },
});

/** A GB/T 2260 administrative division. Province and city codes are kept for fast rollups. */
@ObjectType({ description: 'A GB/T 2260 administrative division.', simpleResolvers: true })
@Entity({ tableName: 'region' })
export class Region {
  @Field(() => ID, { description: 'GB/T 2260 code, six digits.' })
  @PrimaryKey({ type: 'string', length: 6 })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 河东区.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Name with its ancestors, e.g. 天津市河东区.' })
  @Property({ type: 'string' })
  fullName!: string;

  @Property({ type: 'string' })
  shortName!: string;

  @Property({ type: 'string' })
  pinyin!: string;

  @Field(() => RegionLevel, { description: 'Administrative level.' })
  @Enum({ items: () => RegionLevel, type: 'string' })
  level!: RegionLevel;

  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true })
  parent?: Ref<Region> | null;

  @OneToMany(() => Region, (region) => region.parent, { orderBy: { code: 'asc' } })
  children = new Collection<Region>(this);

  /** The province (or municipality) the region lies in; itself for a province. */
  @Index()
  @Property({ type: 'string', length: 6 })
  provinceCode!: string;

  /** The city the region rolls up to: its prefecture, its municipality, or itself. */
  @Index()
  @Property({ type: 'string', length: 6, nullable: true })
  cityCode?: string | null;
}
