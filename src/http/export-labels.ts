import { enumLabel } from '../modules/common/enum-labels';
import { METRIC_CATALOG } from '../modules/indicator/metric-catalog';
import type { ExportRow, ExportTable } from './export-format';

// Exports keep their stable columns and codes (FITNESS_TRAIL, facilities.count) for BI tools,
// and add beside each code column a `<column>_label` in Chinese, so an analyst reading the file
// in Excel needs no lookup table.

const FACT_METRIC_LABELS: Readonly<Record<string, string>> = {
  'events.count': '赛事活动数',
  'events.participants': '参与人数',
  'facilities.count': '设施项目数',
  'facilities.quantity': '设施数量',
  'facilities.investmentYuan': '投资额（元）',
  'facilities.areaM2': '面积（平方米）',
  'facilities.lengthKm': '长度（公里）',
  'results.athletes': '运动员人数',
  'results.gold': '金牌',
  'results.silver': '银牌',
  'results.bronze': '铜牌',
  'results.medals': '奖牌总数',
  'results.points': '团体总分',
};

type Label = (code: string) => string | null;

/** A metric key's Chinese name: 设施项目数, 常住人口 (indicators.POPULATION). */
export const metricLabel: Label = (key) => {
  const indicator = key.startsWith('indicators.')
    ? METRIC_CATALOG.find((m) => `indicators.${m.key}` === key)
    : undefined;
  return indicator ? indicator.name : (FACT_METRIC_LABELS[key] ?? null);
};

// The same words label the GraphQL rows (`typeLabel`), so a file and a chart read alike.
export { enumLabel };

/** The table with a `<column>_label` column after each code column named in `labels`. */
export function withLabels(
  table: ExportTable,
  labels: Readonly<Record<string, Label>>,
): ExportTable {
  const columns = table.columns.flatMap((c) => (labels[c] ? [c, `${c}_label`] : [c]));
  const rows = table.rows.map((row) => {
    const labelled: ExportRow = {};
    for (const column of table.columns) {
      labelled[column] = row[column];
      if (labels[column]) {
        const code = row[column];
        labelled[`${column}_label`] = typeof code === 'string' ? labels[column](code) : null;
      }
    }
    return labelled;
  });
  return { columns, rows };
}
