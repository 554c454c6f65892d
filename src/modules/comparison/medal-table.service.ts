import type { Knex } from '@mikro-orm/postgresql';
import type { RegionIndex } from '../../regions/region-index';
import type { CompetitionGroup } from '../common/enums';
import { MedalRow } from './medal-table.types';

/**
 * A competition's medal table: per delegation, gold first, then silver, then bronze; equal
 * medals share a rank. Rows that report only ranks add no medals. Without a group, a
 * delegation's whole-team (ALL) row counts, or its group rows where it reported no ALL row.
 */
export async function medalTable(
  db: Knex,
  regions: RegionIndex,
  competitionId: number,
  group: CompetitionGroup | null,
): Promise<MedalRow[]> {
  const groupRule = group ? `x."group" = ?` : `(x."group" = 'ALL' or not x.has_all)`;
  const { rows } = await db.raw(
    `select region_code, gold, silver, bronze, points, athletes,
       rank() over (order by gold desc, silver desc, bronze desc)::int as rank
     from (
       select x.region_code, coalesce(sum(x.gold), 0) as gold, coalesce(sum(x.silver), 0) as silver,
         coalesce(sum(x.bronze), 0) as bronze, sum(x.points) as points, sum(x.athletes)::int as athletes
       from (
         select r.region_code, r."group", r.gold, r.silver, r.bronze, r.points, r.athletes,
           bool_or(r."group" = 'ALL') over (partition by r.region_code) as has_all
         from result r where r.current and r.competition_id = ?
       ) x
       where ${groupRule} and (x.gold is not null or x.silver is not null or x.bronze is not null)
       group by x.region_code
     ) m
     order by rank, region_code`,
    group ? [competitionId, group] : [competitionId],
  );
  return (rows as Record<string, number | string | null>[]).map((r) =>
    Object.assign(new MedalRow(), {
      regionCode: r.region_code as string,
      region: regions.get(r.region_code as string)!,
      rank: r.rank as number,
      gold: Number(r.gold),
      silver: Number(r.silver),
      bronze: Number(r.bronze),
      medals: Number(r.gold) + Number(r.silver) + Number(r.bronze),
      points: r.points === null ? null : Number(r.points),
      athletes: r.athletes as number | null,
    }),
  );
}
