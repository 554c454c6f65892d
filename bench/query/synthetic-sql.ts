/**
 * The statements that fill a synthetic country, set-based: each fact table is one
 * `insert … select` over generate_series, its random draws made once per row in a subquery (a
 * subquery with volatile columns is not flattened) and its district picked from `bench_district`.
 * Run after `setseed` on one connection with parallel plans off, they give the same rows each time.
 */

export const YEARS = [2021, 2022, 2023];

const words = (text: string) => text.trim().split(/\s+/);

const FACILITY_TYPES = words(`
  FITNESS_GARDEN FITNESS_TRAIL BASKETBALL_COURT COMMUNITY_SPORTS_PARK MULTI_COURT
  CAGE_FOOTBALL POCKET_PARK SPORTS_PARK FOOTBALL_FIELD FITNESS_CENTER TENNIS_COURT
  GYMNASIUM SWIMMING STADIUM AIR_DOME ICE_RINK TRAINING_BASE SKI_RESORT OTHER
`);
const FACILITY_WORDS = words(`
  健身园 健身步道 篮球场 社区体育公园 多功能球场 笼式足球场 口袋公园 体育公园 足球场 全民健身中心
  网球场 体育馆 游泳馆 体育场 气膜馆 滑冰场 训练基地 滑雪场 场地
`);
const SPORTS = words(`
  篮球 足球 排球 乒乓球 羽毛球 田径 游泳 武术 象棋 围棋
  广场舞 太极拳 健身气功 马拉松 自行车 网球 跳绳 拔河 登山 龙舟
`);
const COMPETITIONS_PER_YEAR = 100;

const list = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;
/** Element of `values` picked by a uniform draw `r`; `skew` > 1 favours the first ones. */
const pick = (values: readonly string[], r: string, skew = 1) =>
  `(${list(values)})[1 + floor(power(${r}, ${skew}) * ${values.length})::int]`;
const draws = (names: string[], rows: string) =>
  `(select g, ${names.map((n) => `random() as ${n}`).join(', ')} from generate_series(1, ${rows}) g) s
   join bench_district d on d.i = floor(s.rg * (select count(*) from bench_district))::int`;

export const DISTRICTS = `create temp table bench_district on commit drop as
  select (row_number() over (order by code) - 1)::int as i, code, name, md5(code) as shuffle from region where level = 'DISTRICT'`;

/**
 * Ids in the order imports would give them: one ledger per district and year, contiguous; a
 * year's ledgers arriving district after district in no geographic order. (With ids grouped by
 * province instead, page 1 of a late province's list walks most of the primary key: the planner
 * reads `order by id limit 101` in id order and filters.)
 */
const importOrder = (year: string) => `order by ${year}, d.shuffle, s.g`;

export function facilities(batch: number, rows: number): string {
  return `insert into facility (batch_id, sheet, row, region_code, scope_region_code, year, current, approximate_fields,
      name, type, project_type, status, quantity, investment_yuan, area_m2, length_km, completed_on, completed_precision,
      funding_source, address, notes)
    select ${batch}, '场地设施', s.g, d.code, d.code, 2021 + s.g % 3, true,
      case when s.ap < 0.03 then '{investmentYuan}'::text[] when s.ap < 0.05 then '{lengthKm}'::text[] else '{}'::text[] end,
      d.name || ${pick(['城关', '新区', '滨河', '中心', '东湖', '西山'], 's.nm')} || s.g || '号' || ${pick(FACILITY_WORDS, 's.ty', 1.6)},
      ${pick(FACILITY_TYPES, 's.ty', 1.6)},
      case when s.pt < 0.1 then null else ${pick(['NEW', 'RENOVATION', 'EXPANSION', 'REPAIR'], 's.pt', 1.5)} end,
      ${pick(['COMPLETED', 'ACCEPTED', 'OPEN', 'UNDER_CONSTRUCTION', 'PLANNED'], 's.st', 1.4)},
      1 + floor(power(s.q, 3) * 5)::int,
      case when s.iv < 0.1 then null else round((5000 + power(s.iv, 4) * 80000000)::numeric, 2)::float8 end,
      case when s.ar < 0.2 then null else round((50 + power(s.ar, 3) * 30000)::numeric, 1)::float8 end,
      case when floor(power(s.ty, 1.6) * 19)::int = 1 or s.ln < 0.05 then round((0.2 + s.ln * 40)::numeric, 2)::float8 end,
      case when s.st < 0.7 then make_date(2021 + s.g % 3, 1, 1) + floor(s.dt * 365)::int end,
      case when s.st < 0.7 then 'DAY' end,
      case when s.fs < 0.5 then null else ${pick(['体育彩票公益金', '财政资金', '社会资本', '中央预算内投资'], 's.fs')} end,
      case when s.ad < 0.6 then null else d.name || s.g || '号' end,
      null
    from ${draws(['rg', 'nm', 'ty', 'pt', 'st', 'q', 'iv', 'ar', 'ln', 'dt', 'fs', 'ad', 'ap'], String(rows))}
    ${importOrder('2021 + s.g % 3')}`;
}

export function events(batch: number, rows: number): string {
  return `insert into event (batch_id, sheet, row, region_code, scope_region_code, year, current, approximate_fields,
      name, start_date, start_precision, end_date, level, category, sport, format, organizer, participants, teams, notes)
    select ${batch}, '赛事活动', s.g, d.code, d.code, 2021 + s.g % 3, true,
      case when s.ap < 0.05 then '{participants}'::text[] else '{}'::text[] end,
      d.name || (2021 + s.g % 3) || '年' || ${pick(SPORTS, 's.sp', 1.3)} || ${pick(['比赛', '联赛', '邀请赛', '健身活动', '公开赛'], 's.nm')} || s.g,
      make_date(2021 + s.g % 3, 1, 1) + floor(s.dt * 360)::int, 'DAY',
      make_date(2021 + s.g % 3, 1, 1) + floor(s.dt * 360)::int + floor(s.du * 4)::int,
      case when s.lv < 0.05 then null else ${pick(['COMMUNITY', 'DISTRICT', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL'], 's.lv', 1.8)} end,
      case when s.ct < 0.5 then 'MASS_FITNESS' when s.ct < 0.7 then 'COMPETITIVE' when s.ct < 0.85 then 'YOUTH'
           when s.ct < 0.9 then 'ESPORTS' when s.ct < 0.97 then 'OTHER' end,
      case when s.sp < 0.1 then null else ${pick(SPORTS, 's.sp', 1.3)} end,
      case when s.fm < 0.1 then null else ${pick(['OFFLINE', 'ONLINE', 'HYBRID'], 's.fm', 2)} end,
      d.name || '体育局',
      case when s.pa < 0.15 then null else 20 + floor(power(s.pa, 4) * 8000)::int end,
      case when s.te < 0.6 then null else 2 + floor(s.te * 60)::int end,
      null
    from ${draws(['rg', 'nm', 'dt', 'du', 'lv', 'ct', 'sp', 'fm', 'pa', 'te', 'ap'], String(rows))}
    ${importOrder('2021 + s.g % 3')}`;
}

export const COMPETITIONS = `insert into competition (name, year)
  select y || '年' || ${pick(['省运动会', '市运动会', '青少年锦标赛', '全民健身运动会', '残疾人运动会'], '((n * 7) % 10) / 10.0')} || '（第' || n || '届）', y
  from generate_series(1, ${COMPETITIONS_PER_YEAR}) n cross join unnest(array[${YEARS.join(', ')}]) y`;

/**
 * Competitions drawn with a square skew: the first takes ~6% of all results (thousands of
 * delegations for its medal table), the last a handful.
 */
export function results(batch: number, rows: number): string {
  return `with c as (select (row_number() over (order by id) - 1)::int as i, id, year from competition)
    insert into result (batch_id, sheet, row, region_code, scope_region_code, year, current, approximate_fields,
      competition_id, "group", sport, athletes, gold, silver, bronze, medals, points)
    select ${batch}, '竞赛成绩', s.g, d.code, d.code, c.year, true, '{}'::text[], c.id,
      case when s.gr < 0.85 then 'ALL' else ${pick(['YOUTH', 'ADULT', 'MASS', 'DISABLED', 'WORKERS'], '(s.gr - 0.85) / 0.15')} end,
      case when s.sp < 0.7 then null else ${pick(SPORTS, 's.sp')} end,
      case when s.at < 0.1 then null else 1 + floor(power(s.at, 2) * 200)::int end,
      m.gold, m.silver, m.bronze, m.gold + m.silver + m.bronze,
      case when s.pn < 0.3 then null else round((s.pn * 300)::numeric, 1)::float8 end
    from ${draws(['rg', 'cp', 'gr', 'sp', 'at', 'gd', 'sv', 'bz', 'hf', 'pn', 'nr'], String(rows))}
    join c on c.i = floor(power(s.cp, 2) * (select count(*) from c))::int
    cross join lateral (select
      case when s.nr < 0.05 then null else floor(power(s.gd, 3) * 15) + case when s.hf < 0.05 then 0.5 else 0 end end as gold,
      case when s.nr < 0.05 then null else floor(power(s.sv, 3) * 15) end as silver,
      case when s.nr < 0.05 then null else floor(power(s.bz, 3) * 18) + case when s.hf > 0.97 then 0.5 else 0 end end as bronze) m
    ${importOrder('c.year')}`;
}

/** POPULATION and three more metrics (one of them a rate) for every district and year. */
export function indicators(batch: number): string {
  return `insert into indicator (batch_id, sheet, row, region_code, scope_region_code, year, current, approximate_fields,
      metric_key, value, approximate)
    select ${batch}, '指标', row_number() over ()::int, d.code, d.code, y, true, '{}'::text[], m.key,
      case m.key
        when 'POPULATION' then round(30000 + power(random(), 2) * 2000000) * (1 + (y - 2021) * 0.01)
        when 'SOCIAL_SPORTS_INSTRUCTORS' then floor(50 + random() * 3000)
        when 'COMMUNITIES' then floor(10 + random() * 300)
        else round((25 + random() * 25)::numeric, 1)::float8 end,
      false
    from bench_district d cross join unnest(array[${YEARS.join(', ')}]) y
    cross join unnest(array['POPULATION', 'SOCIAL_SPORTS_INSTRUCTORS', 'COMMUNITIES', 'REGULAR_EXERCISE_RATE']) m(key)`;
}

/** One current scope per (district, year, kind) that the kind's batch holds rows for. */
export function scopes(batch: number, table: string, kind: string): string {
  return `insert into import_scope (batch_id, region_code, year, kind, rows, current)
    select ${batch}, region_code, year, '${kind}', count(*), true from "${table}" group by region_code, year`;
}
