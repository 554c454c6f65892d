import { LedgerKind } from '../common/enums';
import type {
  CellValue,
  ColumnDef,
  RowProblems,
  SheetDefinition,
} from '../common/sheet-definition';
import type { MetricDefinition } from './metric-catalog';
import { findMetric, isRate, metricOfName, unitFactor } from './metric-lookup';

const DB_COLUMNS = [
  { name: 'metric_key', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'approximate', type: 'bool' },
  { name: 'notes', type: 'text' },
] as const;

type IndicatorRow = { values: unknown[]; approximate: string[] };

/** Where a figure came from: its cell, the unit written for it, and the keys to report at. */
interface Figure {
  metric: MetricDefinition;
  cell: CellValue;
  unit: string | null;
  valueKey: string;
  unitKey: string;
}

/**
 * 工作指标台账: long form (指标名称, 数值, 单位 per row) or wide form (a region per row, a column
 * per metric headed by its name). Metrics come from the catalog; an unknown one is an error.
 * Rates (unit %) are stored in percent points and lie in 0–100.
 */
export const indicatorSheet: SheetDefinition = {
  kind: LedgerKind.INDICATORS,
  sheetNameWords: ['指标', '统计', '数据', '基本情况'],
  table: 'indicator',
  columns: [
    {
      key: 'metric',
      headers: ['指标名称', '指标', '指标项'],
      type: 'text',
      meaning: { words: ['指标'] },
    },
    {
      key: 'value',
      headers: ['数值', '数量', '完成值', '指标值'],
      type: 'decimal',
      percent: 'allowed',
      meaning: { words: ['数值', '完成值', '完成数', '实际值'] },
    },
    { key: 'unit', headers: ['单位', '计量单位'], type: 'text', meaning: { words: ['单位'] } },
    {
      key: 'region',
      headers: ['地区', '所属地区', '区县'],
      type: 'region',
      meaning: { words: ['地区', '区县', '县区', '区划代码'] },
    },
    { key: 'notes', headers: ['备注', '说明'], type: 'text', meaning: { words: ['备注', '说明'] } },
    { key: 'year', headers: ['年度', '年份', '统计年度'], type: 'year' },
  ],
  dynamicColumn(name: string, unit: string | null): ColumnDef | null {
    const named = metricOfName(name);
    if (!named) {
      return null;
    }
    const { metric } = named;
    const written = unit ?? named.unit;
    return {
      key: `metric:${metric.key}:${written ?? ''}`,
      headers: [name],
      type: 'decimal',
      ...(isRate(metric) ? { percent: 'rate' as const } : {}),
    };
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
  const named = metricOfName(name);
  if (!named) {
    problems.error('metric', 'UNKNOWN_METRIC', `"${name}" is not a metric of the catalog`);
    return [];
  }
  if (value?.value === null || value?.value === undefined) {
    return [];
  }
  const unit = (cells.get('unit')?.value as string | null) ?? named.unit;
  const figure = { metric: named.metric, cell: value, unit, valueKey: 'value', unitKey: 'unit' };
  return converted(figure, cells, problems);
}

function wideForm(cells: ReadonlyMap<string, CellValue>, problems: RowProblems): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const [key, cell] of cells) {
    if (!key.startsWith('metric:') || cell.value === null) {
      continue;
    }
    const [, metricKey, unit] = key.split(':');
    const metric = findMetric(metricKey)!;
    const figure = { metric, cell, unit: unit || null, valueKey: key, unitKey: key };
    rows.push(...converted(figure, cells, problems));
  }
  return rows;
}

function converted(
  { metric, cell, unit, valueKey, unitKey }: Figure,
  cells: ReadonlyMap<string, CellValue>,
  problems: RowProblems,
): IndicatorRow[] {
  const factor = unitFactor(metric, unit);
  if (factor === null) {
    problems.error(unitKey, 'UNKNOWN_UNIT', `unit "${unit}" does not fit metric ${metric.key}`);
    return [];
  }
  const value = Math.round((cell.value as number) * factor * 1e6) / 1e6;
  if (!rateFits(metric, cell, value, valueKey, problems)) {
    return [];
  }
  const notes = (cells.get('notes')?.value as string | null) ?? null;
  return [
    {
      values: [metric.key, value, cell.approximate, notes],
      approximate: cell.approximate ? ['value'] : [],
    },
  ];
}

/** A rate lies in 0–100 percent points; a percentage given for a metric that is no rate is wrong. */
function rateFits(
  metric: MetricDefinition,
  cell: CellValue,
  value: number,
  valueKey: string,
  problems: RowProblems,
): boolean {
  if (isRate(metric) && value > 100) {
    problems.error(
      valueKey,
      'RATE_OUT_OF_RANGE',
      `${value}% is not a rate: ${metric.name} lies between 0% and 100%`,
    );
    return false;
  }
  if (!isRate(metric) && cell.percent) {
    problems.error(
      valueKey,
      'PERCENT_NOT_A_RATE',
      `${cell.value}% is a percentage, but ${metric.name} is counted in ${metric.unit}, not as a rate`,
    );
    return false;
  }
  return true;
}
