import { Migration } from '@mikro-orm/migrations';

/** The role the server acts as once migrations are done: not the owner, never BYPASSRLS. */
export const APP_ROLE = 'sports_ledger_app';
const FACT_TABLES = ['event', 'facility', 'result', 'indicator'];

/**
 * API keys, the key each batch was uploaded with, and row-level security as the backstop behind
 * the keys' region scopes (decisions §11).
 *
 * Roles are the cluster's, not the database's: the app role is created once and kept by `down`.
 * The owner may SET ROLE to it; tables created later by the owner are granted to it by default.
 * Facts are written only where `sports_ledger.write_regions` (set with set_config(…, true) in
 * each write transaction) lists their region, or holds the marker `*` (admin, CLI); a
 * transaction that sets nothing writes nothing. Reads are the same for everyone.
 */
export class Migration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "name" text not null, "prefix" varchar(16) not null, "hash" char(64) not null unique, "role" text check ("role" in ('ADMIN', 'UPLOADER', 'READER')) not null, "region_code" varchar(6) null references "region" ("code") on update cascade, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked" boolean not null default false, constraint "api_key_uploader_region" check (("role" = 'UPLOADER') = ("region_code" is not null)));`);
    this.addSql(`alter table "import_batch" add column "uploaded_by_key_id" int null references "api_key" ("id") on delete set null, add column "uploaded_by" text null;`);
    this.addSql(`do $$ begin
      create role ${APP_ROLE} nologin nosuperuser nobypassrls noinherit;
    exception when duplicate_object then null; end $$;`);
    // A superuser may SET ROLE without membership; an owner that is not one needs it.
    this.addSql(`do $$ begin
      if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant ${APP_ROLE} to %I', current_user);
      end if;
    exception when others then null; end $$;`);
    this.addSql(`grant usage on schema public to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};`);
    this.addSql(`grant usage, select, update on all sequences in schema public to ${APP_ROLE};`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE};`);
    this.addSql(`alter default privileges in schema public grant usage, select, update on sequences to ${APP_ROLE};`);
    // Commas around both sides, so 1201 never matches inside 120102.
    this.addSql(`create function sports_ledger_may_write(code varchar) returns boolean language sql stable as $$
      select coalesce(current_setting('sports_ledger.write_regions', true), '') = '*'
        or position(',' || code || ',' in coalesce(current_setting('sports_ledger.write_regions', true), '')) > 0
    $$;`);
    for (const table of FACT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (true);`);
      this.addSql(`create policy "${table}_insert" on "${table}" for insert with check (sports_ledger_may_write("region_code"));`);
      this.addSql(`create policy "${table}_update" on "${table}" for update using (sports_ledger_may_write("region_code")) with check (sports_ledger_may_write("region_code"));`);
      this.addSql(`create policy "${table}_delete" on "${table}" for delete using (sports_ledger_may_write("region_code"));`);
    }
  }

  override async down(): Promise<void> {
    for (const table of FACT_TABLES) {
      for (const action of ['read', 'insert', 'update', 'delete']) {
        this.addSql(`drop policy "${table}_${action}" on "${table}";`);
      }
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`drop function sports_ledger_may_write(varchar);`);
    this.addSql(`alter default privileges in schema public revoke all on tables from ${APP_ROLE};`);
    this.addSql(`alter default privileges in schema public revoke all on sequences from ${APP_ROLE};`);
    this.addSql(`revoke all on all tables in schema public from ${APP_ROLE};`);
    this.addSql(`revoke all on all sequences in schema public from ${APP_ROLE};`);
    this.addSql(`revoke usage on schema public from ${APP_ROLE};`);
    this.addSql(`alter table "import_batch" drop column "uploaded_by_key_id", drop column "uploaded_by";`);
    this.addSql(`drop table "api_key";`);
  }
}
