import { LedgerKind } from '../common/enums';
import type {
  CellValue,
  ColumnDef,
  RowProblems,
  SheetDefinition,
} from '../common/sheet-definition';
import { findMetric, unitFactor } from './metric-lookup';

const DB_COLUMNS = [
  { name: 'metric_key', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'approximate', type: 'bool' },
  { name: 'notes', type: 'text' },
] as const;

type IndicatorRow = { values: unknown[]; approximate: string[] };

/**
 * 工作指标台账: long form (指标名称, 数值, 单位 per row) or wide form (a region per row, a column
 * per metric headed by its name). Metrics come from the catalog; an unknown one is an error.
 */
export const indicatorSheet: SheetDefinition = {
  kind: LedgerKind.INDICATORS,
  sheetNameWords: ['指标', '统计', '数据', '基本情况'],
  table: 'indicator',
  columns: [
    { key: 'metric', headers: ['指标名称', '指标', '指标项'], type: 'text' },
    { key: 'value', headers: ['数值', '数量', '完成值', '指标值'], type: 'decimal' },
    { key: 'unit', headers: ['单位', '计量单位'], type: 'text' },
    { key: 'region', headers: ['地区', '所属地区', '区县'], type: 'region' },
    { key: 'notes', headers: ['备注', '说明'], type: 'text' },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dynamicColumn(name: string, unit: string | null): ColumnDef | null {
    const metric = findMetric(name);
    return metric
      ? { key: `metric:${metric.key}:${unit ?? ''}`, headers: [name], type: 'decimal' }
      : null;
  },
  dbColumns: DB_COLUMNS,
  plausibility: [{ column: 'value', groupBy: 'metric_key', label: 'indicator' }],
  toRows(cells, problems) {
    return cells.has('metric') ? longForm(cells, problems) : wideForm(cells, problems);
  },
};

function longForm(cells: ReadonlyMap<string, CellValue>, problems: RowProblems): IndicatorRow[] {
  const name = cells.get('metric')?.value as string | null;
  const value = cells.get('value');
  if (!name) {
    problems.error('metric', 'REQUIRED', '指标名称 is empty');
    return [];
  }
  const metric = findMetric(name);
  if (!metric) {
    problems.error('metric', 'UNKNOWN_METRIC', `"${name}" is not a metric of the catalog`);
    return [];
  }
  if (value?.value === null || value?.value === undefined) {
    return [];
  }
  const unit = (cells.get('unit')?.value as string | null) ?? null;
  return converted(metric.key, value, unitFactor(metric, unit), unit, cells, problems, 'unit');
}

function wideForm(cells: ReadonlyMap<string, CellValue>, problems: RowProblems): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const [key, cell] of cells) {
    if (!key.startsWith('metric:') || cell.value === null) {
      continue;
    }
    const [, metricKey, unit] = key.split(':');
    const metric = findMetric(metricKey)!;
    rows.push(
      ...converted(metric.key, cell, unitFactor(metric, unit || null), unit, cells, problems, key),
    );
  }
  return rows;
}

function converted(
  metricKey: string,
  cell: CellValue,
  factor: number | null,
  unit: string | null,
  cells: ReadonlyMap<string, CellValue>,
  problems: RowProblems,
  unitKey: string,
): IndicatorRow[] {
  if (factor === null) {
    problems.error(unitKey, 'UNKNOWN_UNIT', `unit "${unit}" does not fit metric ${metricKey}`);
    return [];
  }
  const value = Math.round((cell.value as number) * factor * 1e6) / 1e6;
  const notes = (cells.get('notes')?.value as string | null) ?? null;
  return [
    {
      values: [metricKey, value, cell.approximate, notes],
      approximate: cell.approximate ? ['value'] : [],
    },
  ];
}
