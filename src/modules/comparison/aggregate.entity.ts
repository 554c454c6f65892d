import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Facility totals per region and year, overall (dim '') and per type, status and project type,
 * over current rows only. Maintained in the transaction that commits or rolls back a ledger, so
 * comparisons read a few thousand rows instead of a million.
 */
@Entity({ tableName: 'facility_agg' })
// a year's totals of some types, per region, read from the index alone (Migration20261210100000)
@Index({
  name: 'facility_agg_dim_year_value',
  expression:
    'create index "facility_agg_dim_year_value" on "facility_agg" ("dim", "year", "dim_value", "region_code") include ("count", "quantity", "investment_yuan", "area_m2", "length_km")',
})
@Index({ name: 'facility_agg_dim_region_year', properties: ['dim', 'regionCode', 'year'] })
export class FacilityAggregate {
  @PrimaryKey({ type: 'string' })
  dim!: string;

  @PrimaryKey({ type: 'string' })
  dimValue!: string;

  @PrimaryKey({ type: 'string', length: 6 })
  regionCode!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'bigint' })
  quantity!: string;

  @Property({ type: 'double', nullable: true })
  investmentYuan?: number | null;

  @Property({ type: 'double', nullable: true })
  areaM2?: number | null;

  @Property({ type: 'double', nullable: true })
  lengthKm?: number | null;

  @Property({ type: 'boolean' })
  quantityApprox!: boolean;

  @Property({ type: 'boolean' })
  investmentApprox!: boolean;

  @Property({ type: 'boolean' })
  areaApprox!: boolean;

  @Property({ type: 'boolean' })
  lengthApprox!: boolean;
}

/** Event totals per region and year, overall and per category, level, sport and format. */
@Entity({ tableName: 'event_agg' })
@Index({
  name: 'event_agg_dim_year_value',
  expression:
    'create index "event_agg_dim_year_value" on "event_agg" ("dim", "year", "dim_value", "region_code") include ("count", "participants")',
})
@Index({ name: 'event_agg_dim_region_year', properties: ['dim', 'regionCode', 'year'] })
export class EventAggregate {
  @PrimaryKey({ type: 'string' })
  dim!: string;

  @PrimaryKey({ type: 'string' })
  dimValue!: string;

  @PrimaryKey({ type: 'string', length: 6 })
  regionCode!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'bigint', nullable: true })
  participants?: string | null;

  @Property({ type: 'boolean' })
  participantsApprox!: boolean;
}
