import type { SummarySpec } from './summary.service';

export const FACILITY_SUMMARY: SummarySpec = {
  table: 'facility',
  aggregate: 'facility_agg',
  dimensions: [
    { name: 'TYPE', column: 'type', field: 'type' },
    { name: 'STATUS', column: 'status', field: 'status' },
    { name: 'PROJECT_TYPE', column: 'project_type', field: 'projectType' },
  ],
  factMeasures: `count(*)::int as count, coalesce(sum(f.quantity), 0)::int as quantity, sum(f.investment_yuan) as "investmentYuan",
    sum(f.area_m2) as "areaM2", sum(f.length_km) as "lengthKm"`,
  aggregateMeasures: `sum(a.count)::int as count, coalesce(sum(a.quantity), 0)::int as quantity, sum(a.investment_yuan) as "investmentYuan",
    sum(a.area_m2) as "areaM2", sum(a.length_km) as "lengthKm"`,
};

export const EVENT_SUMMARY: SummarySpec = {
  table: 'event',
  aggregate: 'event_agg',
  dimensions: [
    { name: 'CATEGORY', column: 'category', field: 'category' },
    { name: 'LEVEL', column: 'level', field: 'level' },
    { name: 'SPORT', column: 'sport', field: 'sport' },
    { name: 'FORMAT', column: 'format', field: 'format' },
  ],
  factMeasures: `count(*)::int as count, sum(f.participants)::int as participants`,
  aggregateMeasures: `sum(a.count)::int as count, sum(a.participants)::int as participants`,
};
