import { CatalogError } from '../common/errors';
import { METRIC_CATALOG } from '../indicator/metric-catalog';

/** A fact metric: which aggregate column it sums and which approximate flag goes with it. */
export interface FactMetric {
  key: string;
  source: 'facilities' | 'events' | 'results';
  column: string;
}

export const FACT_METRICS: readonly FactMetric[] = [
  { key: 'events.count', source: 'events', column: 'count' },
  { key: 'events.participants', source: 'events', column: 'participants' },
  { key: 'facilities.count', source: 'facilities', column: 'count' },
  { key: 'facilities.quantity', source: 'facilities', column: 'quantity' },
  { key: 'facilities.investmentYuan', source: 'facilities', column: 'investment_yuan' },
  { key: 'facilities.areaM2', source: 'facilities', column: 'area_m2' },
  { key: 'facilities.lengthKm', source: 'facilities', column: 'length_km' },
  { key: 'results.athletes', source: 'results', column: 'athletes' },
  { key: 'results.gold', source: 'results', column: 'gold' },
  { key: 'results.silver', source: 'results', column: 'silver' },
  { key: 'results.bronze', source: 'results', column: 'bronze' },
  { key: 'results.medals', source: 'results', column: 'medals' },
  { key: 'results.points', source: 'results', column: 'points' },
];

export type MetricRef =
  { kind: 'fact'; metric: FactMetric } | { kind: 'indicator'; key: string; metricKey: string };

/** Reads the metric keys a client asked for; an unknown key is an error listing the known ones. */
export function parseMetrics(keys: readonly string[]): MetricRef[] {
  return keys.map((key) => {
    const fact = FACT_METRICS.find((m) => m.key === key);
    if (fact) {
      return { kind: 'fact', metric: fact };
    }
    const indicator = key.startsWith('indicators.')
      ? METRIC_CATALOG.find((m) => `indicators.${m.key}` === key)
      : undefined;
    if (indicator) {
      return { kind: 'indicator', key, metricKey: indicator.key };
    }
    const known = [
      ...FACT_METRICS.map((m) => m.key),
      ...METRIC_CATALOG.map((m) => `indicators.${m.key}`),
    ];
    throw new CatalogError('unknownMetric', { key, known: known.join(', ') });
  });
}
