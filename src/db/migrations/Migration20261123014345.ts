import { Migration } from '@mikro-orm/migrations';

export class Migration20261123014345 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "facility_current_project_type";`);
    this.addSql(`drop index "facility_current_status";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "facility_current_project_type" on "facility" ("project_type") where "current";`);
    this.addSql(`create index "facility_current_status" on "facility" ("status", "year") where "current";`);
  }

}
