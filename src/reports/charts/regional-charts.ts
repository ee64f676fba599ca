// Charts of the regional overview: the foreign-born share by country, the regional trend over
// the countries that publish every year, and the main corridors.
import type { Lang } from '../../framework/types.js';
import { formatCompact, formatDecimal } from '../text/locale-format.js';
import { type RenderedChart, renderChart } from './render-chart.js';

export function renderShareByCountryChart(
  lang: Lang,
  items: readonly { name: string; value: number }[],
): RenderedChart {
  const ordered = [...items].sort((a, b) => a.value - b.value);
  return renderChart(
    {
      grid: { left: 190, right: 40, top: 10, bottom: 25 },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatDecimal(lang, v, 0) } },
      yAxis: {
        type: 'category',
        data: ordered.map((i) => i.name),
        axisLabel: { width: 180, overflow: 'truncate', fontSize: 10 },
      },
      series: [{ type: 'bar', data: ordered.map((i) => i.value), barMaxWidth: 12 }],
    },
    640,
    Math.max(160, 40 + ordered.length * 16),
  );
}

export function renderTrendChart(
  lang: Lang,
  points: readonly { year: string; value: number | null }[],
): RenderedChart {
  return renderChart(
    {
      grid: { left: 60, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: points.map((p) => p.year) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCompact(lang, v) } },
      series: [
        { type: 'line', data: points.map((p) => p.value), symbolSize: 7, areaStyle: { opacity: 0.15 } },
      ],
    },
    640,
    240,
  );
}
