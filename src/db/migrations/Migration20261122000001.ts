import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" serial primary key, "version" bigint not null default '0');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_version" cascade;`);
  }

}
