import { Migration } from '@mikro-orm/migrations';

/**
 * Results keep how precisely 比赛时间 was given, as events and facilities already do, and a medal
 * total where the ledger gave only 金/银/铜.
 *
 * Backfill: a stored start that is not the first of a month can only have been given to the day,
 * so it is DAY; a first of a month may have been 2022年3月 or 2022年3月1日, which the rows no
 * longer tell apart, so its precision stays null (unknown). Events and facilities have stored
 * their precision since the first migration. A result with gold, silver and bronze but no total
 * gets their sum, approximate when any of them is, as the importer now does.
 */
export class Migration20261207142555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "result" add column "start_precision" varchar(255) null;`);
    this.addSql(`update "result" set "start_precision" = 'DAY' where "start_date" is not null and extract(day from "start_date") <> 1;`);
    this.addSql(`update "result" set "medals" = "gold" + "silver" + "bronze", "approximate_fields" = case when "approximate_fields" && array['gold', 'silver', 'bronze'] and not 'medals' = any("approximate_fields") then array_append("approximate_fields", 'medals') else "approximate_fields" end where "medals" is null and "gold" is not null and "silver" is not null and "bronze" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "result" drop column "start_precision";`);
  }

}
