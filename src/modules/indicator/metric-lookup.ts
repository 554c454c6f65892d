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

/** The factor from a unit a clerk wrote (万人) to the metric's stored unit; 1 when none applies. */
export function unitFactor(metric: MetricDefinition, unit: string | null): number | null {
  if (!unit || !metric.units) {
    return 1;
  }
  return metric.units[unit.trim()] ?? (unit.trim() === metric.unit ? 1 : null);
}
