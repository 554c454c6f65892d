import type { RowSource } from '../common/paginate';
import { factColumns, type FactNode } from '../fact/fact-node';
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
