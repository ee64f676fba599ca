// Turns a data response into an ECharts option: years along the x axis when the result spans
// several, otherwise the first varying dimension; one series per combination of the other
// varying dimensions. Empty values stay gaps (null), never zeros. Too many series make a
// chart unreadable, so the chart stops at MAX_SERIES and says so.
import type { EChartsOption } from 'echarts';
import type { DataResponse } from '../../api/types';
import { SERIES_COLOURS } from '../../charts/chart-palette';
import type { ChartType } from './explore-state';
import { TIME } from './explore-state';

export const MAX_SERIES = 24;

export interface ChartBuild {
  option: EChartsOption;
  seriesCount: number;
  shownSeries: number;
}

export function buildChartOption(
  response: DataResponse,
  type: ChartType,
  formatValue: (value: number) => string,
  formatAxis: (value: number) => string,
): ChartBuild {
  const present = new Map<string, Set<string>>();
  for (const observation of response.observations) {
    for (const [dimension, code] of Object.entries(observation.key)) {
      if (!present.has(dimension)) present.set(dimension, new Set());
      present.get(dimension)?.add(code);
    }
  }
  const labels = new Map(response.dimensions.map((d) => [d.id, new Map(d.codes.map((c) => [c.id, c.name]))]));
  // The API gives each dimension's codes in reading order.
  const order = new Map(response.dimensions.map((d) => [d.id, d.codes.map((c) => c.id)]));
  const varying = response.dimensions.map((d) => d.id).filter((id) => (present.get(id)?.size ?? 0) > 1);
  const xDimension = varying.includes(TIME) ? TIME : (varying[0] ?? TIME);
  const seriesDimensions = varying.filter((id) => id !== xDimension);
  const categories = (order.get(xDimension) ?? []).filter((code) => present.get(xDimension)?.has(code));

  const series = new Map<string, { name: string; values: Map<string, number | null> }>();
  for (const observation of response.observations) {
    const key = seriesDimensions.map((d) => observation.key[d] ?? '').join('|');
    let entry = series.get(key);
    if (!entry) {
      const name =
        seriesDimensions
          .map((d) => labels.get(d)?.get(observation.key[d] ?? '') ?? observation.key[d])
          .join(' · ') || response.table.name;
      entry = { name, values: new Map() };
      series.set(key, entry);
    }
    entry.values.set(observation.key[xDimension] ?? '', observation.value);
  }
  const allSeries = [...series.values()];
  const shown = allSeries.slice(0, MAX_SERIES);
  const stacked = type === 'stacked';
  const xLabels = labels.get(xDimension);

  const option: EChartsOption = {
    aria: { enabled: true },
    color: SERIES_COLOURS,
    animationDuration: 300,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value) => (typeof value === 'number' ? formatValue(value) : '–'),
    },
    legend: { type: 'scroll', bottom: 0, textStyle: { color: '#1a1a1a' } },
    grid: { left: 16, right: 24, top: 24, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories.map((code) => xLabels?.get(code) ?? code),
      axisLabel: { color: '#1a1a1a', hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: '#1a1a1a', formatter: (value: number) => formatAxis(value) },
    },
    series: shown.map((entry) => ({
      type: type === 'line' ? 'line' : 'bar',
      name: entry.name,
      data: categories.map((code) => entry.values.get(code) ?? null),
      connectNulls: false,
      ...(stacked ? { stack: 'total' } : {}),
      ...(type === 'line' ? { symbolSize: 6 } : {}),
      emphasis: { focus: 'series' as const },
    })),
  };
  return { option, seriesCount: allSeries.length, shownSeries: shown.length };
}
