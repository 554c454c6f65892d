import { Migration } from '@mikro-orm/migrations';

/**
 * Two things the first ask of a comparison needs (decisions §13–14):
 *
 * - Every change of `data_version` is announced on the channel `data_version` with the new
 *   version, at the commit of its transaction (NOTIFY is transactional), so that each server
 *   keeps the version in memory instead of reading it per request. A trigger rather than a NOTIFY
 *   beside the bump: whatever changes the row — a commit, a rollback, an operator's UPDATE — is
 *   heard.
 * - The aggregates get an index that serves a region filter without a year: (dim, region_code,
 *   year). With only the key (dim, dim_value, …) and (dim, year), a summary of 11–50 districts
 *   grouped by type scanned every row of the dimension.
 */
export class Migration20261208100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "data_version_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('data_version', new."version"::text);
        return null;
      end $$;`);
    this.addSql(
      `create trigger "data_version_notify" after insert or update on "data_version" for each row execute function "data_version_notify"();`,
    );
    this.addSql(
      `create index "facility_agg_dim_region_year" on "facility_agg" ("dim", "region_code", "year");`,
    );
    this.addSql(
      `create index "event_agg_dim_region_year" on "event_agg" ("dim", "region_code", "year");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "event_agg_dim_region_year";`);
    this.addSql(`drop index "facility_agg_dim_region_year";`);
    this.addSql(`drop trigger "data_version_notify" on "data_version";`);
    this.addSql(`drop function "data_version_notify"();`);
  }
}
