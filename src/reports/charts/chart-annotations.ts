// Policy events drawn on a report's time chart: a dashed vertical line at the event's year with
// a numbered marker; the chart's note below says which event each number is. Events whose year
// is not on the chart's axis are left to the note (a line between two years would mislead).
import type { PublicPolicyEvent } from '../../dissemination/read-policy-events.js';

export interface ChartAnnotation {
  /** The number printed on the marker and in the chart's note. */
  number: number;
  year: string;
  title: string;
}

/** Numbers the events of the chart's tables, in date order. */
export function listChartAnnotations(
  events: readonly PublicPolicyEvent[],
  tables: readonly string[],
): ChartAnnotation[] {
  return events
    .filter((e) => e.tables.some((t) => tables.includes(t)))
    .map((e, i) => ({ number: i + 1, year: e.date.slice(0, 4), title: e.title }));
}

/** The markLine to add to the first series of a category-axis chart of `years`. */
export function buildMarkLine(years: readonly string[], annotations: readonly ChartAnnotation[]) {
  const onAxis = annotations.filter((a) => years.includes(a.year));
  if (onAxis.length === 0) return undefined;
  return {
    symbol: ['none', 'triangle'],
    symbolSize: 8,
    silent: true,
    lineStyle: { type: 'dashed', color: '#b5403a', width: 1 },
    label: { formatter: (p: { name?: string }) => p.name ?? '', color: '#b5403a', position: 'end' },
    data: onAxis.map((a) => ({ name: `▲${a.number}`, xAxis: a.year })),
  };
}
