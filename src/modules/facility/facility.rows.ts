import { DatePrecision } from '../common/date-precision';
import { FacilityStatus, FacilityType, ProjectType } from '../common/enums';
import { integerOf, jsonOf, labelOfSql, type FieldJson } from '../common/json-sql';
import type { RowSource } from '../common/paginate';
import { FACT_JSON, factColumns, type FactNode } from '../fact/fact-node';
import { Facility } from './facility.entity';

type Own = Omit<
  Facility,
  keyof FactNode | 'region' | 'batch' | 'scopeRegionCode' | 'current' | `${string}Label`
>;

/** A facility as the list serves it: the entity's fields as a plain row, its labels from the entity's getters. */
export type FacilityNode = FactNode &
  Own &
  Record<
    'typeLabel' | 'statusLabel' | 'projectTypeLabel' | 'completedOnPrecisionLabel',
    string | null
  >;

const COLUMNS: Record<keyof Own, string> = {
  name: 'name',
  type: 'type',
  projectType: 'project_type',
  status: 'status',
  quantity: 'quantity',
  investmentYuan: 'investment_yuan',
  areaM2: 'area_m2',
  lengthKm: 'length_km',
  completedOn: 'completed_on',
  completedPrecision: 'completed_precision',
  fundingSource: 'funding_source',
  address: 'address',
  notes: 'notes',
};

export const FACILITY_ROWS: RowSource<FacilityNode> = {
  table: 'facility',
  columns: factColumns(COLUMNS),
  type: Facility,
};

/** A facility's fields as the JSON list writes them (see common/page-json.ts). */
export const FACILITY_JSON: FieldJson = {
  ...FACT_JSON,
  name: jsonOf('q.name'),
  type: jsonOf('q.type'),
  projectType: jsonOf('q."projectType"'),
  status: jsonOf('q.status'),
  quantity: integerOf('q.quantity'),
  investmentYuan: jsonOf('q."investmentYuan"'),
  areaM2: jsonOf('q."areaM2"'),
  lengthKm: jsonOf('q."lengthKm"'),
  completedOn: jsonOf('q."completedOn"'),
  completedOnPrecision: jsonOf('q."completedPrecision"'),
  fundingSource: jsonOf('q."fundingSource"'),
  address: jsonOf('q.address'),
  notes: jsonOf('q.notes'),
  typeLabel: labelOfSql('FacilityType', Object.values(FacilityType), 'q.type'),
  statusLabel: labelOfSql('FacilityStatus', Object.values(FacilityStatus), 'q.status'),
  projectTypeLabel: labelOfSql('ProjectType', Object.values(ProjectType), 'q."projectType"'),
  completedOnPrecisionLabel: labelOfSql(
    'DatePrecision',
    Object.values(DatePrecision),
    'q."completedPrecision"',
  ),
};
