import type { PageTextKey } from '../../../src/modules/common/messages/page-texts';
import type { Say } from '../shared/i18n';
import { FACT_METRICS } from './view-state';

/** 金牌 for results.gold; an indicator's catalog name (Chinese in both languages) or its key. */
export function metricLabel(t: Say, key: string, indicators: Record<string, string> = {}): string {
  if (FACT_METRICS.includes(key)) {
    return t(`metric_${key.replace('.', '_')}` as PageTextKey);
  }
  const indicator = key.replace(/^indicators\./, '');
  return indicators[indicator] ?? indicator;
}
