import type { Knex } from '@mikro-orm/postgresql';
import type { EventFilter } from '../event/event.resolver';
import type { FacilityFilter } from '../facility/facility.resolver';
import type { RegionLevel } from '../region/region.entity';
import type { RegionIndex } from '../../regions/region-index';
import {
  EventGroup,
  FacilityGroup,
  type EventDimension,
  type FacilityDimension,
} from './summary.types';
import {
  floatOf,
  integerOf,
  jsonOf,
  objectSql,
  regionObjectSql,
  type FieldJson,
  type JsonField,
} from '../common/json-sql';
import { summarize, summarySql } from './summary.service';
import { EVENT_SUMMARY, FACILITY_SUMMARY } from './summary.specs';

export async function facilitySummary(
  db: Knex,
  regions: RegionIndex,
  filter: FacilityFilter | null,
  groupBy: FacilityDimension[],
  rollupTo: RegionLevel | null,
): Promise<FacilityGroup[]> {
  const rows = await summarize(db, regions, FACILITY_SUMMARY, {
    ...common(filter),
    filters: { type: filter?.types, status: filter?.statuses, projectType: filter?.projectTypes },
    groupBy,
    rollupTo,
  });
  return rows.map((row) =>
    Object.assign(
      new FacilityGroup(),
      blankKeys(),
      numbers(row, ['investmentYuan', 'areaM2', 'lengthKm']),
      regionOf(regions, row),
    ),
  );
}

/** Group fields a JSON answer may hold, and how PostgreSQL writes each as JSON text. */
const FACILITY_JSON: FieldJson = {
  year: integerOf('s."year"'),
  type: jsonOf('s."type"'),
  status: jsonOf('s."status"'),
  projectType: jsonOf('s."projectType"'),
  count: integerOf('s."count"'),
  quantity: integerOf('s."quantity"'),
  investmentYuan: floatOf('s."investmentYuan"'),
  areaM2: floatOf('s."areaM2"'),
  lengthKm: floatOf('s."lengthKm"'),
};

/**
 * facilitySummary's list as JSON text built by PostgreSQL, in parts of consecutive groups (the
 * list is `[` + the parts joined by `,` + `]`), with the given fields in their order:
 * the same rows, values and order as `facilitySummary` (a dimension not grouped by is null). A
 * country-wide answer has thousands of rows, and turning each into GraphQL output and JSON in the
 * server cost ten times the statement. Null when a field is not one it can write.
 */
export async function facilitySummaryJson(
  db: Knex,
  regions: RegionIndex,
  filter: FacilityFilter | null,
  groupBy: FacilityDimension[],
  rollupTo: RegionLevel | null,
  fields: readonly JsonField[],
): Promise<string[] | null> {
  const { sql, bindings, keys } = summarySql(regions, FACILITY_SUMMARY, {
    ...common(filter),
    filters: { type: filter?.types, status: filter?.statuses, projectType: filter?.projectTypes },
    groupBy,
    rollupTo,
  });
  const grouped = new Set(keys);
  const texts: string[] = [];
  const value = (f: JsonField) => {
    if (f.region) {
      return grouped.has('regionCode') ? regionObjectSql(f.region, texts) : `'null'`;
    }
    return ['year', 'type', 'status', 'projectType'].includes(f.field) && !grouped.has(f.field)
      ? `'null'`
      : FACILITY_JSON[f.field];
  };
  const group = objectSql(fields, value, texts);
  if (!group) {
    return null;
  }
  const region = grouped.has('regionCode') ? 'left join region r on r.code = s."regionCode"' : '';
  const order = keys.map((k) => `s."${k}" nulls first`).join(', ');
  const { rows } = await db.raw(
    `select string_agg(o, ',' order by n) as part
     from (select ${group} as o, row_number() over (order by ${order}) as n
           from (${sql}) s ${region}) g
     group by (n - 1) / ${GROUPS_PER_PART}
     order by min(n)`,
    [...texts, ...bindings] as never,
  );
  return rows.map((row: { part: string }) => row.part);
}

/**
 * Groups per part of a JSON answer. A country's 2,847 groups as one text were a string of 0.9 MB
 * in the server (UTF-16, for the Chinese names), allocated straight into the old generation, and
 * then copied into bytes several times: with the heap kept small (--heap-growing-percent=30),
 * each such answer brought a major collection nearer, and per district cost 16 ms of CPU a
 * request instead of 7. Parts of 100 groups are young-generation strings, written once into the
 * response's bytes (http/flat-answer.ts).
 */
const GROUPS_PER_PART = 100;

export async function eventSummary(
  db: Knex,
  regions: RegionIndex,
  filter: EventFilter | null,
  groupBy: EventDimension[],
  rollupTo: RegionLevel | null,
): Promise<EventGroup[]> {
  const rows = await summarize(db, regions, EVENT_SUMMARY, {
    ...common(filter),
    filters: {
      category: filter?.categories,
      level: filter?.levels,
      sport: filter?.sports,
      format: filter?.formats,
    },
    groupBy,
    rollupTo,
  });
  return rows.map((row) =>
    Object.assign(new EventGroup(), blankKeys(), row, regionOf(regions, row)),
  );
}

/** The row's region from the in-memory index, when it is grouped by region. */
function regionOf(regions: RegionIndex, row: Record<string, unknown>) {
  const code = row.regionCode as string | null | undefined;
  return { region: code ? (regions.get(code) ?? null) : null };
}

function common(filter: FacilityFilter | EventFilter | null) {
  return {
    regions: filter?.regions ?? null,
    includeDescendants: filter?.includeDescendants !== false,
    years: filter?.years ?? null,
    nameContains: filter?.nameContains ?? null,
  };
}

// Dimensions not grouped by are null in every row.
function blankKeys() {
  return {
    regionCode: null,
    region: null,
    year: null,
    type: null,
    status: null,
    projectType: null,
    category: null,
    level: null,
    sport: null,
    format: null,
  };
}

function numbers(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out = { ...row };
  for (const key of keys) {
    out[key] = row[key] === null || row[key] === undefined ? null : Number(row[key]);
  }
  return out;
}
