// ECharts piece by piece: the core, the two chart types and the components the page uses, drawn
// as SVG. The whole library (echarts.min.js, 368 KB gzipped) would take the page to its 400 KB
// budget alone; with these pieces the page's JavaScript is about 210 KB gzipped (docs/web.md).
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

export interface Series {
  name: string;
  values: (number | null)[];
}

export interface ChartSpec {
  type: 'bar' | 'line';
  categories: string[];
  series: Series[];
  /** What the chart shows, said by screen readers (ECharts' aria description). */
  label: string;
}

const PALETTE = ['#1a56b0', '#d9480f', '#2b8a3e', '#862e9c', '#c92a2a', '#0b7285', '#5f3dc4'];

export function drawChart(element: HTMLElement, spec: ChartSpec): () => void {
  const chart = echarts.init(element, undefined, { renderer: 'svg' });
  chart.setOption({
    color: PALETTE,
    aria: { enabled: true, label: { description: spec.label } },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: spec.categories },
    yAxis: { type: 'value' },
    series: spec.series.map((s) => ({
      name: s.name,
      type: spec.type,
      data: s.values,
      connectNulls: false,
      label: spec.type === 'bar' ? { show: true, position: 'top' } : undefined,
    })),
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
