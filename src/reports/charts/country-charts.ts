// The charts of a country note: the foreign-born population over time with its share, inflows
// by category over time, the top 10 origins, and labour outcomes of the foreign-born against
// the native-born. Suppressed and missing values are gaps, never zeros. A break in a series — a
// point flagged B, or a change of source or edition from the point before — is marked with a
// dashed vertical line labelled B, so that no jump across it reads as a change (FRAMEWORK §9).
import { codeName } from '../../dissemination/code-labels.js';
import { getTable } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { Figure } from '../figures/figure.js';
import type { FlowFigures } from '../figures/flow-figures.js';
import { LABOUR_RATES, type LabourFigures } from '../figures/labour-figures.js';
import type { PartShare } from '../figures/series-helpers.js';
import type { StockFigures } from '../figures/stock-figures.js';
import { formatCompact, formatDecimal } from '../text/locale-format.js';
import { UI } from '../text/ui-texts.js';
import { buildMarkLine, type ChartAnnotation } from './chart-annotations.js';
import { type RenderedChart, renderChart } from './render-chart.js';

const WIDTH = 640;

function valueAxis(lang: Lang, name?: string) {
  return {
    type: 'value',
    ...(name ? { name, nameTextStyle: { align: 'left' } } : {}),
    axisLabel: { formatter: (v: number) => formatCompact(lang, v) },
    splitLine: { lineStyle: { color: '#e3e3e3' } },
  };
}

/** Years where a series breaks: a B flag, or another source or edition than the point before. */
export function listBreakYears(series: readonly Figure[]): string[] {
  const years: string[] = [];
  series.forEach((f, i) => {
    const before = series[i - 1];
    const other =
      before?.origin &&
      f.origin &&
      (before.origin.source !== f.origin.source || before.origin.edition !== f.origin.edition);
    if (f.flags.includes('B') || other) years.push(f.year);
  });
  return years;
}

function breakLines(years: readonly string[]) {
  return {
    silent: true,
    symbol: 'none',
    label: { formatter: 'B', position: 'end' },
    lineStyle: { type: 'dashed', color: '#b45309' },
    data: years.map((year) => ({ xAxis: year })),
  };
}

/** Policy markers (when any) and break lines on one markLine: a series has only one. */
function withBreakLines(markLine: ReturnType<typeof buildMarkLine>, breakYears: readonly string[]) {
  const breaks = breakLines(breakYears);
  if (!markLine) return breaks;
  const style = { lineStyle: breaks.lineStyle, label: { ...breaks.label, color: '#b45309' } };
  return {
    ...markLine,
    data: [...markLine.data, ...breakYears.map((year) => ({ name: 'B', xAxis: year, ...style }))],
  };
}

export function renderStockChart(
  lang: Lang,
  stock: StockFigures,
  annotations: readonly ChartAnnotation[] = [],
): RenderedChart {
  const years = stock.series.map((f) => f.year);
  const markLine = buildMarkLine(years, annotations);
  const shares = new Map(stock.shares.map((f) => [f.year, f.value]));
  return renderChart(
    {
      grid: { left: 60, right: 50, top: 40, bottom: 30 },
      legend: { top: 0, itemGap: 40, data: [label(UI.rowStock, lang), label(UI.share, lang)] },
      xAxis: { type: 'category', data: years },
      yAxis: [
        valueAxis(lang),
        {
          type: 'value',
          axisLabel: { formatter: (v: number) => formatDecimal(lang, v, 0) },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: label(UI.rowStock, lang),
          type: 'bar',
          data: stock.series.map((f) => f.value),
          barMaxWidth: 40,
          markLine: withBreakLines(markLine, listBreakYears(stock.series)),
        },
        {
          name: label(UI.share, lang),
          type: 'line',
          yAxisIndex: 1,
          data: years.map((y) => shares.get(y) ?? null),
          symbolSize: 6,
          connectNulls: false,
        },
      ],
    },
    WIDTH,
    260,
  );
}

export function renderInflowsChart(
  lang: Lang,
  permanent?: FlowFigures,
  temporary?: FlowFigures,
  annotations: readonly ChartAnnotation[] = [],
): RenderedChart {
  const years = [
    ...new Set([...(permanent?.series ?? []), ...(temporary?.series ?? [])].map((f) => f.year)),
  ].sort();
  const categoryDim = getTable('MIG_INFLOW_PERM')!.dimensions.find((d) => d.id === 'MIG_CATEGORY')!;
  const codes = [...new Set((permanent?.categories ?? []).map((c) => c.code))];
  const series: object[] = [];
  if (codes.length > 0) {
    for (const code of codes) {
      const byYear = new Map(
        permanent!.categories.filter((c) => c.code === code).map((c) => [c.year, c.figure.value]),
      );
      series.push({
        name: codeName(categoryDim, code, lang),
        type: 'bar',
        stack: 'permanent',
        data: years.map((y) => byYear.get(y) ?? null),
      });
    }
  } else if (permanent) {
    const byYear = new Map(permanent.series.map((f) => [f.year, f.value]));
    series.push({
      name: label(UI.permanentSeries, lang),
      type: 'bar',
      data: years.map((y) => byYear.get(y) ?? null),
    });
  }
  if (temporary) {
    const byYear = new Map(temporary.series.map((f) => [f.year, f.value]));
    series.push({
      name: label(UI.temporarySeries, lang),
      type: 'line',
      data: years.map((y) => byYear.get(y) ?? null),
      symbolSize: 6,
    });
  }
  const breaks = listBreakYears(permanent?.series ?? []);
  const markLine = buildMarkLine(years, annotations);
  if (series[0] && (markLine || breaks.length > 0))
    Object.assign(series[0], { markLine: withBreakLines(markLine, breaks) });
  return renderChart(
    {
      grid: { left: 60, right: 20, top: codes.length > 4 ? 60 : 40, bottom: 30 },
      legend: { top: 0, type: 'plain', itemGap: 30 },
      xAxis: { type: 'category', data: years },
      yAxis: valueAxis(lang),
      series,
    },
    WIDTH,
    280,
  );
}

/** Horizontal bars of the largest parts (origins, citizenships, corridors), largest on top. */
export function renderTopPartsChart(
  lang: Lang,
  items: readonly { name: string; value: number | null }[],
): RenderedChart {
  const ordered = [...items].reverse();
  return renderChart(
    {
      grid: { left: 215, right: 40, top: 10, bottom: 25 },
      xAxis: valueAxis(lang),
      yAxis: {
        type: 'category',
        data: ordered.map((i) => i.name),
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      series: [{ type: 'bar', data: ordered.map((i) => i.value), barMaxWidth: 18 }],
    },
    WIDTH,
    Math.max(120, 28 + ordered.length * 24),
  );
}

export function namePartsOf(
  lang: Lang,
  tableId: string,
  dimensionId: string,
  parts: readonly PartShare[],
): { name: string; value: number | null }[] {
  const dimension = getTable(tableId)!.dimensions.find((d) => d.id === dimensionId)!;
  return parts.map((p) => ({ name: codeName(dimension, p.code, lang), value: p.figure.value }));
}

export function renderLabourChart(lang: Lang, labour: LabourFigures): RenderedChart {
  const categories = LABOUR_RATES.map((rate) => label(UI[rate], lang).replace(/\s*\(%\)$/, ''));
  const pick = (side: 'foreignBorn' | 'nativeBorn') =>
    LABOUR_RATES.map((rate) => labour.rates[rate]._T[side]?.value ?? null);
  return renderChart(
    {
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      legend: { top: 0, itemGap: 30 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => formatDecimal(lang, v, 0) } },
      series: [
        { name: label(UI.foreignBorn, lang), type: 'bar', data: pick('foreignBorn'), barMaxWidth: 36 },
        { name: label(UI.nativeBorn, lang), type: 'bar', data: pick('nativeBorn'), barMaxWidth: 36 },
      ],
    },
    WIDTH,
    250,
  );
}
