import { useEffect, useState } from 'preact/hooks';
import { PageMetricsDocument, PageRegionSearchDocument } from '../generated/graphql';
import { graphql } from '../shared/api';
import type { Say } from '../shared/i18n';
import type { RegionName } from './ComparePage';
import { metricLabel } from './metric-label';
import { FACT_METRICS, type ViewState } from './view-state';

/** Regions by search (full names tell the two 河东区 apart), metrics, years and per-10k. */
export function Controls(props: {
  view: ViewState;
  names: Record<string, RegionName>;
  t: Say;
  onView: (view: ViewState) => void;
  onName: (region: RegionName) => void;
}) {
  const { view, t, onView } = props;
  const [indicators, setIndicators] = useState<{ key: string; name: string }[]>([]);
  const [years, setYears] = useState(view.years.join(','));
  useEffect(() => {
    void graphql(PageMetricsDocument, {}).then(({ metrics }) => setIndicators(metrics));
  }, []);
  const toggleMetric = (key: string, on: boolean) =>
    onView({
      ...view,
      metrics: on ? [...view.metrics, key] : view.metrics.filter((m) => m !== key),
    });

  return (
    <section class="card" aria-label={t('compareTitle')}>
      <RegionPicker {...props} />
      <fieldset>
        <legend>{t('metricsLabel')}</legend>
        {FACT_METRICS.map((key) => (
          <label>
            <input
              type="checkbox"
              checked={view.metrics.includes(key)}
              onChange={(event) => toggleMetric(key, event.currentTarget.checked)}
            />{' '}
            {metricLabel(t, key)}
          </label>
        ))}
        {indicators.length > 0 && (
          <details>
            <summary>{t('indicatorsLabel')}</summary>
            {indicators.map(({ key, name }) => (
              <label>
                <input
                  type="checkbox"
                  checked={view.metrics.includes(`indicators.${key}`)}
                  onChange={(event) =>
                    toggleMetric(`indicators.${key}`, event.currentTarget.checked)
                  }
                />{' '}
                {name}
              </label>
            ))}
          </details>
        )}
      </fieldset>
      <div class="actions">
        <label>
          {t('yearsLabel')}{' '}
          <input
            value={years}
            size={16}
            inputMode="numeric"
            onInput={(event) => setYears(event.currentTarget.value)}
            onChange={() =>
              onView({
                ...view,
                years: years
                  .split(/[,，\s]+/)
                  .map(Number)
                  .filter((y) => Number.isInteger(y) && y > 1900),
              })
            }
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.per10k}
            onChange={(event) => onView({ ...view, per10k: event.currentTarget.checked })}
          />{' '}
          {t('per10k')}
        </label>
      </div>
    </section>
  );
}

function RegionPicker(props: {
  view: ViewState;
  names: Record<string, RegionName>;
  t: Say;
  onView: (view: ViewState) => void;
  onName: (region: RegionName) => void;
}) {
  const { view, names, t } = props;
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<(RegionName & { levelLabel: string })[]>([]);
  useEffect(() => {
    const text = search.trim();
    if (!text) {
      setFound([]);
      return;
    }
    const timer = setTimeout(() => {
      void graphql(PageRegionSearchDocument, { search: text }).then(({ regions }) =>
        setFound(regions?.nodes ?? []),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [search]);

  return (
    <div>
      <label for="region-search">{t('regionsLabel')}</label>
      <ul class="chips" aria-label={t('regionsLabel')}>
        {view.regions.map((code) => (
          <li class="chip" data-region={code}>
            {names[code]?.fullName ?? code}
            <button
              type="button"
              class="secondary"
              aria-label={t('removeRegion', { name: names[code]?.fullName ?? code })}
              onClick={() =>
                props.onView({ ...view, regions: view.regions.filter((c) => c !== code) })
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="region-search"
        type="search"
        value={search}
        placeholder={t('regionSearch')}
        size={32}
        onInput={(event) => setSearch(event.currentTarget.value)}
      />
      {found.length > 0 && (
        <ul class="suggestions">
          {found.map((region) => (
            <li>
              <button
                type="button"
                onClick={() => {
                  props.onName(region);
                  if (!view.regions.includes(region.code)) {
                    props.onView({ ...view, regions: [...view.regions, region.code] });
                  }
                  setSearch('');
                }}
              >
                {region.fullName}{' '}
                <span class="muted">
                  {region.code} · {region.levelLabel}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
