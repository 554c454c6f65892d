import { Migration } from '@mikro-orm/migrations';

/**
 * A read-only door for tools that speak PostgreSQL (Superset, Metabase, FineBI, Power BI,
 * Tableau): the `bi` schema of flat views — current facts only, with region names and levels,
 * Chinese labels beside codes, and the rows compare adds up — and the group role
 * `sports_ledger_bi` that may read those views and nothing else. `sports-ledger bi-user create
 * NAME` makes LOGIN roles in that group.
 *
 * The views run with their owner's rights, so the group needs no right on any table. Labels are
 * the words of enum-words.ts at the time of writing, as data: a later change of a word needs a
 * migration, like any other change of what the views show.
 */
export class Migration20261207173000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "bi";`);
    for (const view of VIEWS) {
      this.addSql(view);
    }
    this.addSql(`revoke all on schema "bi" from public;`);
    // Roles belong to the cluster, not the database: another database may have made it already.
    // An owner without CREATEROLE still migrates; bi-user create then says the group is missing.
    this.addSql(`do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'sports_ledger_bi') then
    begin
      create role "sports_ledger_bi" nologin;
    exception when insufficient_privilege then
      raise notice 'no CREATEROLE: the sports_ledger_bi role was not made';
    end;
  end if;
  if exists (select 1 from pg_roles where rolname = 'sports_ledger_bi') then
    grant usage on schema "bi" to "sports_ledger_bi";
    grant select on all tables in schema "bi" to "sports_ledger_bi";
    -- views later migrations add are readable too
    alter default privileges in schema "bi" grant select on tables to "sports_ledger_bi";
  end if;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "bi" cascade;`);
  }

}

const VIEWS = [
  `create view "bi"."labels" as
  select * from (values
    ('FacilityType', 'STADIUM', '体育场'),
    ('FacilityType', 'GYMNASIUM', '体育馆'),
    ('FacilityType', 'FITNESS_CENTER', '全民健身中心'),
    ('FacilityType', 'SPORTS_PARK', '体育公园'),
    ('FacilityType', 'COMMUNITY_SPORTS_PARK', '社区体育园'),
    ('FacilityType', 'POCKET_PARK', '口袋体育公园'),
    ('FacilityType', 'FITNESS_GARDEN', '健身园'),
    ('FacilityType', 'FITNESS_TRAIL', '健身步道'),
    ('FacilityType', 'CAGE_FOOTBALL', '笼式足球场'),
    ('FacilityType', 'FOOTBALL_FIELD', '足球场'),
    ('FacilityType', 'BASKETBALL_COURT', '篮球场'),
    ('FacilityType', 'MULTI_COURT', '多功能球场'),
    ('FacilityType', 'TENNIS_COURT', '网球场'),
    ('FacilityType', 'SWIMMING', '游泳馆'),
    ('FacilityType', 'ICE_RINK', '冰场'),
    ('FacilityType', 'SKI_RESORT', '滑雪场'),
    ('FacilityType', 'AIR_DOME', '气膜馆'),
    ('FacilityType', 'TRAINING_BASE', '训练基地'),
    ('FacilityType', 'OTHER', '其他'),
    ('FacilityStatus', 'PLANNED', '规划'),
    ('FacilityStatus', 'UNDER_CONSTRUCTION', '在建'),
    ('FacilityStatus', 'COMPLETED', '已完成'),
    ('FacilityStatus', 'ACCEPTED', '已验收'),
    ('FacilityStatus', 'OPEN', '已开放'),
    ('ProjectType', 'NEW', '新建'),
    ('ProjectType', 'RENOVATION', '改建'),
    ('ProjectType', 'EXPANSION', '扩建'),
    ('ProjectType', 'REPAIR', '维修'),
    ('EventCategory', 'MASS_FITNESS', '群众体育'),
    ('EventCategory', 'COMPETITIVE', '竞技体育'),
    ('EventCategory', 'YOUTH', '青少年'),
    ('EventCategory', 'ESPORTS', '电子竞技'),
    ('EventCategory', 'OTHER', '其他'),
    ('EventLevel', 'INTERNATIONAL', '国际'),
    ('EventLevel', 'NATIONAL', '全国'),
    ('EventLevel', 'PROVINCIAL', '省级'),
    ('EventLevel', 'MUNICIPAL', '市级'),
    ('EventLevel', 'DISTRICT', '区级'),
    ('EventLevel', 'COMMUNITY', '街道'),
    ('EventFormat', 'OFFLINE', '线下'),
    ('EventFormat', 'ONLINE', '线上'),
    ('EventFormat', 'HYBRID', '线上线下'),
    ('CompetitionGroup', 'ALL', '全部'),
    ('CompetitionGroup', 'YOUTH', '青少年组'),
    ('CompetitionGroup', 'ADULT', '成人组'),
    ('CompetitionGroup', 'MASS', '群众组'),
    ('CompetitionGroup', 'DISABLED', '残疾人组'),
    ('CompetitionGroup', 'WORKERS', '职工组'),
    ('RegionLevel', 'PROVINCE', '省级'),
    ('RegionLevel', 'CITY', '地级'),
    ('RegionLevel', 'DISTRICT', '县级'),
    ('DatePrecision', 'DAY', '日'),
    ('DatePrecision', 'MONTH', '月'),
    ('DatePrecision', 'YEAR', '年')
  ) as l("kind", "code", "label");`,
  `create view "bi"."regions" as
  select r."code", r."name", r."full_name", r."level",
    (select l."label" from "bi"."labels" l where l."kind" = 'RegionLevel' and l."code" = r."level") as "level_label",
    r."parent_code", r."city_code", r."province_code"
  from "public"."region" r;`,
  `create view "bi"."facilities" as
  select f."id", f."region_code", r."name" as "region_name", r."full_name" as "region_full_name", r."level" as "region_level", r."city_code", r."province_code", f."year", f."name", f."type", (select l."label" from "bi"."labels" l where l."kind" = 'FacilityType' and l."code" = f."type") as "type_label", f."status", (select l."label" from "bi"."labels" l where l."kind" = 'FacilityStatus' and l."code" = f."status") as "status_label", f."project_type", (select l."label" from "bi"."labels" l where l."kind" = 'ProjectType' and l."code" = f."project_type") as "project_type_label", f."quantity", f."investment_yuan", f."area_m2", f."length_km", f."completed_on", f."completed_precision", f."funding_source", f."address", f."notes"
  from "public"."facility" f join "public"."region" r on r."code" = f."region_code"
  where f."current";`,
  `create view "bi"."events" as
  select f."id", f."region_code", r."name" as "region_name", r."full_name" as "region_full_name", r."level" as "region_level", r."city_code", r."province_code", f."year", f."name", f."start_date", f."start_precision", f."end_date", f."level", (select l."label" from "bi"."labels" l where l."kind" = 'EventLevel' and l."code" = f."level") as "level_label", f."category", (select l."label" from "bi"."labels" l where l."kind" = 'EventCategory' and l."code" = f."category") as "category_label", f."sport", f."format", (select l."label" from "bi"."labels" l where l."kind" = 'EventFormat' and l."code" = f."format") as "format_label", f."organizer", f."participants", f."teams", f."notes"
  from "public"."event" f join "public"."region" r on r."code" = f."region_code"
  where f."current";`,
  `create view "bi"."results" as
  select f."id", f."region_code", r."name" as "region_name", r."full_name" as "region_full_name", r."level" as "region_level", r."city_code", r."province_code", f."year", f."competition_id", c."name" as "competition_name", f."group", (select l."label" from "bi"."labels" l where l."kind" = 'CompetitionGroup' and l."code" = f."group") as "group_label", f."sport", f."athletes", f."gold", f."silver", f."bronze", f."medals", f."points", f."medal_rank", f."gold_rank", f."points_rank", f."placement", f."honors", f."start_date", f."end_date", f."notes"
  from "public"."result" f join "public"."region" r on r."code" = f."region_code" join "public"."competition" c on c."id" = f."competition_id"
  where f."current";`,
  `create view "bi"."indicators" as
  select f."id", f."region_code", r."name" as "region_name", r."full_name" as "region_full_name", r."level" as "region_level", r."city_code", r."province_code", f."year", f."metric_key", m."name" as "metric_name", m."unit" as "metric_unit", f."value", f."approximate", f."notes"
  from "public"."indicator" f join "public"."region" r on r."code" = f."region_code" join "public"."metric" m on m."key" = f."metric_key"
  where f."current";`,
  `create view "bi"."competitions" as
  select c."id", c."name", c."year" from "public"."competition" c
  where exists (select 1 from "public"."result" x where x."current" and x."competition_id" = c."id");`,
  `-- One row per region (its own facts, not its sub-regions'), year and metric, with the metric keys
-- of compare: summing an additive metric over city_code or province_code gives compare's rollup.
create view "bi"."compare_rows" as
  with "values" as (
    select f."region_code", f."year", v."metric", v."value"
    from "bi"."facilities" f cross join lateral (values
      ('facilities.count', 1::double precision), ('facilities.quantity', f."quantity"::double precision),
      ('facilities.investmentYuan', f."investment_yuan"), ('facilities.areaM2', f."area_m2"),
      ('facilities.lengthKm', f."length_km")) as v("metric", "value")
    union all
    select e."region_code", e."year", v."metric", v."value"
    from "bi"."events" e cross join lateral (values
      ('events.count', 1::double precision), ('events.participants', e."participants"::double precision)) as v("metric", "value")
    union all
    -- a delegation's whole-team (ALL) row, or its group rows where it reported no ALL row
    select x."region_code", x."year", v."metric", v."value"
    from "bi"."results" x cross join lateral (values
      ('results.athletes', x."athletes"::double precision), ('results.gold', x."gold"), ('results.silver', x."silver"),
      ('results.bronze', x."bronze"), ('results.medals', x."medals"), ('results.points', x."points")) as v("metric", "value")
    where x."group" = 'ALL' or not exists (select 1 from "bi"."results" a
      where a."region_code" = x."region_code" and a."competition_id" = x."competition_id" and a."group" = 'ALL')
    union all
    select i."region_code", i."year", 'indicators.' || i."metric_key", i."value" from "bi"."indicators" i
  )
  select v."region_code", r."name" as "region_name", r."full_name" as "region_full_name", r."level" as "region_level",
    r."city_code", r."province_code", v."year", v."metric", sum(v."value") as "value"
  from "values" v join "public"."region" r on r."code" = v."region_code"
  group by v."region_code", r."name", r."full_name", r."level", r."city_code", r."province_code", v."year", v."metric";`
];
