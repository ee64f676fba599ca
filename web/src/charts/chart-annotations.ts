// Policy events as annotations of a time chart: a dashed line with a numbered marker at the
// event's year on the category axis. An event whose year is not on the axis gets no line (it
// would sit between two years) but keeps its number in the chart's notes. A separate, small
// addition to any chart option, so charts stay free of policy logic.
import type { EChartsOption } from 'echarts';

export interface ChartAnnotation {
  id: number;
  /** The year the marker stands at (YYYY). */
  year: string;
  title: string;
  /** The full text, shown on hover/focus and in the chart's notes. */
  text: string;
}

export interface PlacedAnnotation extends ChartAnnotation {
  number: number;
  onChart: boolean;
}

export function placeAnnotations(
  annotations: readonly ChartAnnotation[],
  categories: readonly string[],
): PlacedAnnotation[] {
  return annotations.map((a, i) => ({ ...a, number: i + 1, onChart: categories.includes(a.year) }));
}

/** The option with a markLine on its first series for each placed annotation on the axis. */
export function annotateOption(option: EChartsOption, placed: readonly PlacedAnnotation[]): EChartsOption {
  const onChart = placed.filter((a) => a.onChart);
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const [first, ...rest] = series;
  if (onChart.length === 0 || !first) return option;
  const lineStyle = { type: 'dashed' as const, color: '#b5403a', width: 1.5 };
  const label = { formatter: '{b}', color: '#b5403a', position: 'end' as const };
  const data = onChart.map((a) => ({ name: `▲${a.number}`, xAxis: a.year, title: `${a.year}: ${a.title}` }));
  // A series has one markLine: where it already marks breaks in series, the events join it,
  // each item styled as an event.
  const existing = (first as { markLine?: { data?: unknown[] } }).markLine;
  const markLine = existing
    ? { ...existing, data: [...(existing.data ?? []), ...data.map((d) => ({ ...d, lineStyle, label }))] }
    : {
        symbol: ['none', 'triangle'],
        symbolSize: 9,
        lineStyle,
        label,
        tooltip: { formatter: (p: { data?: { title?: string } }) => p.data?.title ?? '' },
        data,
      };
  return { ...option, series: [{ ...first, markLine } as typeof first, ...rest] } as EChartsOption;
}
