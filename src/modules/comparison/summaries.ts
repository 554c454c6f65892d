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
import { summarize } from './summary.service';
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
