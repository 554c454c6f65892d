import { useEffect, useRef } from 'preact/hooks';
import type { Say } from '../shared/i18n';
import { drawChart, type ChartSpec } from './charts';
import type { RegionName, Row } from './ComparePage';
import { metricLabel } from './metric-label';
import type { ViewState } from './view-state';

/** Per metric, a grouped bar chart (regions × years) and, over several years, a line per region. */
export function CompareCharts(props: {
  rows: Row[];
  view: ViewState;
  names: Record<string, RegionName>;
  t: Say;
}) {
  const { rows, view, t } = props;
  const regions = view.regions.filter((code) => rows.some((row) => row.regionCode === code));
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const shortNames = regions.map(
    (code) => rows.find((row) => row.regionCode === code)?.regionName ?? code,
  );
  // two regions of one name (天津 and 临沂 each have a 河东区) are told apart by their full names
  const labels = regions.map((code, i) =>
    shortNames.indexOf(shortNames[i]) !== shortNames.lastIndexOf(shortNames[i])
      ? (rows.find((row) => row.regionCode === code)?.regionFullName ?? code)
      : shortNames[i],
  );
  const value = (code: string, year: number, metric: string) =>
    rows.find((r) => r.regionCode === code && r.year === year && r.metric === metric)?.value ??
    null;

  return (
    <div class="charts">
      {view.metrics.flatMap((metric) => {
        const name = metricLabel(t, metric);
        const bars: ChartSpec = {
          type: 'bar',
          label: t('chartBars', { metric: name }),
          categories: labels,
          series: years.map((year) => ({
            name: String(year),
            values: regions.map((code) => value(code, year, metric)),
          })),
        };
        const charts = [<Chart spec={bars} metric={metric} />];
        if (years.length > 1) {
          const line: ChartSpec = {
            type: 'line',
            label: t('chartLine', { metric: name }),
            categories: years.map(String),
            series: regions.map((code, i) => ({
              name: labels[i],
              values: years.map((year) => value(code, year, metric)),
            })),
          };
          charts.push(<Chart spec={line} metric={metric} />);
        }
        return charts;
      })}
    </div>
  );
}

function Chart({ spec, metric }: { spec: ChartSpec; metric: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => drawChart(element.current!, spec), [JSON.stringify(spec)]);
  return (
    <figure class="card" data-metric={metric} data-chart={spec.type}>
      <figcaption>
        <strong>{spec.label}</strong>
      </figcaption>
      <div class="chart" ref={element} />
    </figure>
  );
}
