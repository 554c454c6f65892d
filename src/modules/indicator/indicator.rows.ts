import type { RowSource } from '../common/paginate';
import { factColumns, type FactNode } from '../fact/fact-node';
import { Indicator } from './indicator.entity';

type Own = Omit<
  Indicator,
  keyof FactNode | 'region' | 'batch' | 'scopeRegionCode' | 'current' | 'metric'
>;

/** An indicator value as the list serves it: the entity's fields as a plain row. */
export type IndicatorNode = FactNode & Own & { metricKey: string };

const COLUMNS: Record<keyof Own | 'metricKey', string> = {
  metricKey: 'metric_key',
  value: 'value',
  approximate: 'approximate',
  notes: 'notes',
};

export const INDICATOR_ROWS: RowSource<IndicatorNode> = {
  table: 'indicator',
  columns: factColumns(COLUMNS),
  type: Indicator,
};
