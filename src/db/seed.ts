import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { METRIC_CATALOG } from '../modules/indicator/metric-catalog';
import { loadRegions, type RegionRecord } from '../regions/region-data';
import { RegionTree } from '../regions/region-tree';

/**
 * Loads every GB/T 2260 region and the metric catalog, set-based and idempotent: a start on an
 * up-to-date database changes nothing, a start after a data-package update brings it in line.
 */
export async function seedReferenceData(orm: MikroORM, log: Logger): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  const regions = loadRegions();
  const cols = regionColumns(regions);
  const result = await knex.raw(
    `insert into region (code, name, full_name, short_name, pinyin, level, parent_code, province_code, city_code)
     select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
     on conflict (code) do update set name = excluded.name, full_name = excluded.full_name,
       short_name = excluded.short_name, pinyin = excluded.pinyin, level = excluded.level,
       parent_code = excluded.parent_code, province_code = excluded.province_code, city_code = excluded.city_code
     where (region.name, region.full_name, region.short_name, region.pinyin, region.level, region.parent_code, region.province_code, region.city_code)
       is distinct from (excluded.name, excluded.full_name, excluded.short_name, excluded.pinyin, excluded.level, excluded.parent_code, excluded.province_code, excluded.city_code)`,
    cols,
  );
  const metrics = METRIC_CATALOG;
  await knex.raw(
    `insert into metric (key, name, unit, aliases, additive)
     select k, n, u, string_to_array(a, '|'), ad from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[]) as t(k, n, u, a, ad)
     on conflict (key) do update set name = excluded.name, unit = excluded.unit, aliases = excluded.aliases, additive = excluded.additive`,
    [
      metrics.map((m) => m.key),
      metrics.map((m) => m.name),
      metrics.map((m) => m.unit),
      metrics.map((m) => m.aliases.join('|')),
      metrics.map((m) => m.additive),
    ],
  );
  const changed = (result as { rowCount?: number }).rowCount ?? 0;
  if (changed > 0) {
    log.info({ regions: changed }, 'regions loaded');
  }
}

// Column-wise for the insert's unnest(): one array per column.
function regionColumns(regions: RegionRecord[]): string[][] {
  const tree = new RegionTree(regions);
  const rows = regions.map((r) => [
    r.code,
    r.name,
    r.fullName,
    r.shortName,
    r.pinyin,
    r.level,
    r.parentCode,
    tree.provinceOf(r.code),
    tree.cityOf(r.code),
  ]);
  return rows[0].map((_, i) => rows.map((row) => row[i] as string));
}
