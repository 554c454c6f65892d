import { METRIC_CATALOG, type MetricDefinition } from './metric-catalog';

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const BY_NAME = new Map<string, MetricDefinition>();
for (const metric of METRIC_CATALOG) {
  for (const name of [metric.key, metric.name, ...metric.aliases]) {
    BY_NAME.set(compact(name), metric);
  }
}

/** The catalog metric a ledger names (by key, name or alias), or undefined. */
export function findMetric(name: string): MetricDefinition | undefined {
  const key = compact(name);
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/(数|人数|次数|数量)$/, ''));
}

// "经常参加体育锻炼人数比例（%）", "常住人口(万人)", "社区数【单位：个】", "常住人口/万人".
const BRACKETED_UNIT = /^(.+?)[([【〔]\s*(?:单位\s*:)?\s*([^()[\]【】〔〕]+?)\s*[)\]】〕]$/;
const SLASHED_UNIT = /^(.+?)\/([^/]+)$/;

/**
 * The metric a name cell or header names, with the unit written inside it: clerks put the unit
 * in the metric's name as they do in headers. A bracketed remark that is no unit of the metric
 * ("常住人口（年末）") is left to the unit column.
 */
export function metricOfName(
  text: string,
): { metric: MetricDefinition; unit: string | null } | undefined {
  const plain = text.normalize('NFKC').replace(/\s+/g, '');
  const whole = findMetric(plain);
  if (whole) {
    return { metric: whole, unit: null };
  }
  const split = BRACKETED_UNIT.exec(plain) ?? SLASHED_UNIT.exec(plain);
  const metric = split ? findMetric(split[1]) : undefined;
  if (!metric || !split) {
    return undefined;
  }
  return { metric, unit: unitFactor(metric, split[2]) === null ? null : split[2] };
}

/** Whether the metric is a rate, stored in percent points. */
export function isRate(metric: MetricDefinition): boolean {
  return metric.unit === '%';
}

/** The factor from a unit a clerk wrote (万人) to the metric's stored unit; 1 when none applies. */
export function unitFactor(metric: MetricDefinition, unit: string | null): number | null {
  if (!unit || !metric.units) {
    return 1;
  }
  return metric.units[unit.trim()] ?? (unit.trim() === metric.unit ? 1 : null);
}
