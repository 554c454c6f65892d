import { Migration } from '@mikro-orm/migrations';

/**
 * Column mappings a clerk gave (`columnMap`) and an import committed, remembered per region and
 * header so that the next upload of the same layout goes through. Read by the importer as plain
 * rows, so no entity (and no change to the entity snapshot).
 */
export class Migration20261207100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "column_mapping" ("region_code" varchar(6) not null references "region" ("code") on update cascade on delete cascade, "header_key" text not null, "field" text not null, "batch_id" int null references "import_batch" ("id") on update cascade on delete set null, "updated_at" timestamptz not null default now(), constraint "column_mapping_pkey" primary key ("region_code", "header_key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "column_mapping" cascade;`);
  }

}
