import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "competition" ("id" serial primary key, "name" text not null, "year" int not null);`);
    this.addSql(`alter table "competition" add constraint "competition_name_year_unique" unique ("name", "year");`);

    this.addSql(`create table "event_agg" ("dim" varchar(255) not null, "dim_value" varchar(255) not null, "region_code" varchar(6) not null, "year" int not null, "count" int not null, "participants" bigint null, "participants_approx" boolean not null, constraint "event_agg_pkey" primary key ("dim", "dim_value", "region_code", "year"));`);
    this.addSql(`create index "event_agg_dim_year" on "event_agg" ("dim", "year");`);

    this.addSql(`create table "facility_agg" ("dim" varchar(255) not null, "dim_value" varchar(255) not null, "region_code" varchar(6) not null, "year" int not null, "count" int not null, "quantity" bigint not null, "investment_yuan" double precision null, "area_m2" double precision null, "length_km" double precision null, "quantity_approx" boolean not null, "investment_approx" boolean not null, "area_approx" boolean not null, "length_approx" boolean not null, constraint "facility_agg_pkey" primary key ("dim", "dim_value", "region_code", "year"));`);
    this.addSql(`create index "facility_agg_dim_year" on "facility_agg" ("dim", "year");`);

    this.addSql(`create table "metric" ("key" varchar(255) not null, "name" varchar(255) not null, "unit" varchar(255) not null, "aliases" text[] not null, "additive" boolean not null default true, constraint "metric_pkey" primary key ("key"));`);

    this.addSql(`create table "region" ("code" varchar(6) not null, "name" varchar(255) not null, "full_name" varchar(255) not null, "short_name" varchar(255) not null, "pinyin" varchar(255) not null, "level" text check ("level" in ('PROVINCE', 'CITY', 'DISTRICT')) not null, "parent_code" varchar(6) null, "province_code" varchar(6) not null, "city_code" varchar(6) null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);
    this.addSql(`create index "region_province_code_index" on "region" ("province_code");`);
    this.addSql(`create index "region_city_code_index" on "region" ("city_code");`);

    this.addSql(`create table "import_batch" ("id" serial primary key, "file_name" varchar(255) not null, "sha256" varchar(64) not null, "region_code" varchar(6) null, "year" int null, "status" text check ("status" in ('PENDING', 'RUNNING', 'VALIDATED', 'COMMITTED', 'FAILED', 'SUPERSEDED', 'ROLLED_BACK')) not null default 'PENDING', "dry_run" boolean not null default false, "created_at" timestamptz not null, "finished_at" timestamptz null, "rows_imported" int not null default 0, "report" jsonb not null, "replaces_id" int null, "identical_to_id" int null, "content" bytea null);`);
    this.addSql(`create index "import_batch_sha256_index" on "import_batch" ("sha256");`);

    this.addSql(`create table "indicator" ("id" serial primary key, "batch_id" int not null, "sheet" varchar(255) not null, "row" int not null, "region_code" varchar(6) not null, "scope_region_code" varchar(6) not null, "year" int not null, "current" boolean not null default false, "approximate_fields" text[] not null default '{}', "metric_key" varchar(255) not null, "value" double precision not null, "approximate" boolean not null default false, "notes" text null);`);
    this.addSql(`create index "indicator_scope" on "indicator" ("scope_region_code", "year", "region_code");`);
    this.addSql(`create index "indicator_current_metric" on "indicator" ("metric_key", "year") where "current";`);
    this.addSql(`create index "indicator_current_region_year" on "indicator" ("region_code", "year", "metric_key") where "current";`);

    this.addSql(`create table "import_scope" ("batch_id" int not null, "region_code" varchar(6) not null, "year" int not null, "kind" varchar(255) not null, "replaced_batch_id" int null, "rows" int not null default 0, "current" boolean not null default true, constraint "import_scope_pkey" primary key ("batch_id", "region_code", "year", "kind"));`);
    this.addSql(`create unique index "import_scope_current" on "import_scope" ("region_code", "year", "kind") where "current";`);

    this.addSql(`create table "facility" ("id" serial primary key, "batch_id" int not null, "sheet" varchar(255) not null, "row" int not null, "region_code" varchar(6) not null, "scope_region_code" varchar(6) not null, "year" int not null, "current" boolean not null default false, "approximate_fields" text[] not null default '{}', "name" text not null, "type" text check ("type" in ('STADIUM', 'GYMNASIUM', 'FITNESS_CENTER', 'SPORTS_PARK', 'COMMUNITY_SPORTS_PARK', 'POCKET_PARK', 'FITNESS_GARDEN', 'FITNESS_TRAIL', 'CAGE_FOOTBALL', 'FOOTBALL_FIELD', 'BASKETBALL_COURT', 'MULTI_COURT', 'TENNIS_COURT', 'SWIMMING', 'ICE_RINK', 'SKI_RESORT', 'AIR_DOME', 'TRAINING_BASE', 'OTHER')) not null, "project_type" text check ("project_type" in ('NEW', 'RENOVATION', 'EXPANSION', 'REPAIR')) null, "status" text check ("status" in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'ACCEPTED', 'OPEN')) not null default 'COMPLETED', "quantity" int not null default 1, "investment_yuan" double precision null, "area_m2" double precision null, "length_km" double precision null, "completed_on" date null, "completed_precision" varchar(255) null, "funding_source" text null, "address" text null, "notes" text null);`);
    this.addSql(`create index "facility_scope" on "facility" ("scope_region_code", "year", "region_code");`);
    this.addSql(`create index "facility_current_project_type" on "facility" ("project_type") where "current";`);
    this.addSql(`create index "facility_current_status" on "facility" ("status", "year") where "current";`);
    this.addSql(`create index "facility_current_type" on "facility" ("type", "year") where "current";`);
    this.addSql(`create index "facility_current_region_year" on "facility" ("region_code", "year", "id") where "current";`);

    this.addSql(`create table "event" ("id" serial primary key, "batch_id" int not null, "sheet" varchar(255) not null, "row" int not null, "region_code" varchar(6) not null, "scope_region_code" varchar(6) not null, "year" int not null, "current" boolean not null default false, "approximate_fields" text[] not null default '{}', "name" text not null, "start_date" date null, "start_precision" varchar(255) null, "end_date" date null, "level" text check ("level" in ('INTERNATIONAL', 'NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'COMMUNITY')) null, "category" text check ("category" in ('MASS_FITNESS', 'COMPETITIVE', 'YOUTH', 'ESPORTS', 'OTHER')) null, "sport" text null, "format" text check ("format" in ('OFFLINE', 'ONLINE', 'HYBRID')) null, "organizer" text null, "participants" int null, "teams" int null, "notes" text null);`);
    this.addSql(`create index "event_scope" on "event" ("scope_region_code", "year", "region_code");`);
    this.addSql(`create index "event_current_format" on "event" ("format") where "current";`);
    this.addSql(`create index "event_current_sport" on "event" ("sport") where "current";`);
    this.addSql(`create index "event_current_level" on "event" ("level", "year") where "current";`);
    this.addSql(`create index "event_current_category" on "event" ("category", "year") where "current";`);
    this.addSql(`create index "event_current_region_year" on "event" ("region_code", "year", "id") where "current";`);

    this.addSql(`create table "result" ("id" serial primary key, "batch_id" int not null, "sheet" varchar(255) not null, "row" int not null, "region_code" varchar(6) not null, "scope_region_code" varchar(6) not null, "year" int not null, "current" boolean not null default false, "approximate_fields" text[] not null default '{}', "competition_id" int not null, "group" text check ("group" in ('ALL', 'YOUTH', 'ADULT', 'MASS', 'DISABLED', 'WORKERS')) not null default 'ALL', "sport" text null, "athletes" int null, "gold" double precision null, "silver" double precision null, "bronze" double precision null, "medals" double precision null, "points" double precision null, "medal_rank" int null, "gold_rank" int null, "points_rank" int null, "placement" int null, "honors" text null, "start_date" date null, "end_date" date null, "notes" text null);`);
    this.addSql(`create index "result_scope" on "result" ("scope_region_code", "year", "region_code");`);
    this.addSql(`create index "result_current_group" on "result" ("group") where "current";`);
    this.addSql(`create index "result_current_competition" on "result" ("competition_id") where "current";`);
    this.addSql(`create index "result_current_region_year" on "result" ("region_code", "year", "id") where "current";`);

    this.addSql(`alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "import_batch" add constraint "import_batch_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_replaces_id_foreign" foreign key ("replaces_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_identical_to_id_foreign" foreign key ("identical_to_id") references "import_batch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator" add constraint "indicator_metric_key_foreign" foreign key ("metric_key") references "metric" ("key") on update cascade;`);

    this.addSql(`alter table "import_scope" add constraint "import_scope_batch_id_foreign" foreign key ("batch_id") references "import_batch" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "import_scope" add constraint "import_scope_replaced_batch_id_foreign" foreign key ("replaced_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "result" add constraint "result_competition_id_foreign" foreign key ("competition_id") references "competition" ("id") on update cascade;`);
  }

}
