import {
  EventCategory,
  EventFormat,
  EventLevel,
  FacilityStatus,
  FacilityType,
  ProjectType,
} from '../modules/common/enums';
import { EventDimension, FacilityDimension } from '../modules/comparison/summary.types';
import { eventSummary, facilitySummary } from '../modules/comparison/summaries';
import { RegionLevel } from '../modules/region/region.entity';
import type { ExportParams } from './export-params';
import { regionColumns, type ExportQuestion } from './export-question';

/** `/export/facility-summary`: `facilitySummary(filter, groupBy, rollupTo)`, one row per group. */
export const facilitySummaryExport: ExportQuestion = async (p, s, res) => {
  const filter = {
    ...commonFilter(p),
    types: p.enums('types', FacilityType),
    statuses: p.enums('statuses', FacilityStatus),
    projectTypes: p.enums('projectTypes', ProjectType),
  };
  const groupBy = p.enums('groupBy', FacilityDimension) ?? [FacilityDimension.REGION];
  const rollupTo = rollup(p);
  const rows = await s.answers.get(
    'facilitySummary',
    { filter, groupBy, rollupTo },
    () => facilitySummary(s.reads(), s.regions, filter, groupBy, rollupTo),
    res,
  );
  const columns = [
    'region_code',
    'region_full_name',
    'year',
    'type',
    'status',
    'project_type',
    'count',
    'quantity',
    'investment_yuan',
    'area_m2',
    'length_km',
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      ...regionColumns(s, r.regionCode),
      year: r.year,
      type: r.type,
      status: r.status,
      project_type: r.projectType,
      count: r.count,
      quantity: r.quantity,
      investment_yuan: r.investmentYuan,
      area_m2: r.areaM2,
      length_km: r.lengthKm,
    })),
  };
};

/** `/export/event-summary`: `eventSummary(filter, groupBy, rollupTo)`, one row per group. */
export const eventSummaryExport: ExportQuestion = async (p, s, res) => {
  const filter = {
    ...commonFilter(p),
    categories: p.enums('categories', EventCategory),
    levels: p.enums('levels', EventLevel),
    formats: p.enums('formats', EventFormat),
    sports: p.list('sports'),
  };
  const groupBy = p.enums('groupBy', EventDimension) ?? [EventDimension.REGION];
  const rollupTo = rollup(p);
  const rows = await s.answers.get(
    'eventSummary',
    { filter, groupBy, rollupTo },
    () => eventSummary(s.reads(), s.regions, filter, groupBy, rollupTo),
    res,
  );
  const columns = [
    'region_code',
    'region_full_name',
    'year',
    'category',
    'level',
    'sport',
    'format',
    'count',
    'participants',
  ];
  return {
    columns,
    rows: rows.map((r) => ({
      ...regionColumns(s, r.regionCode),
      year: r.year,
      category: r.category,
      level: r.level,
      sport: r.sport,
      format: r.format,
      count: r.count,
      participants: r.participants,
    })),
  };
};

/** The filter fields both summaries take. */
function commonFilter(p: ExportParams) {
  return {
    regions: p.list('regions'),
    includeDescendants: p.bool('includeDescendants', true),
    years: p.ints('years'),
    nameContains: p.filterText('nameContains'),
  };
}

function rollup(p: ExportParams): RegionLevel | null {
  return p.enums('rollupTo', RegionLevel)?.[0] ?? null;
}
