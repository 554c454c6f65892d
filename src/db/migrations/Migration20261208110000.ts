import { Migration } from '@mikro-orm/migrations';

/**
 * Each fact table's current rows by region in id order: a list of a city or a province walks
 * each of its regions' rows in id order and merges the first page of each (paginate.ts), where
 * `region_code = any(…) order by id` read and sorted every current row of the subtree.
 */
export class Migration20261208110000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['facility', 'event', 'result', 'indicator']) {
      this.addSql(
        `create index "${table}_current_region_id" on "${table}" ("region_code", "id") where "current";`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['facility', 'event', 'result', 'indicator']) {
      this.addSql(`drop index "${table}_current_region_id";`);
    }
  }
}
