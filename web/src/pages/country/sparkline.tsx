// A small trend line without axes: the shape of a series next to its latest figure. A break in
// series (B: another edition, method or definition) is marked with a dashed vertical line, so
// the eye does not read a jump across it as a change.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import type { ProfilePoint } from '../../api/types';
import { annotateOption, type PlacedAnnotation } from '../../charts/chart-annotations';
import { EChart } from '../../charts/echart';

export function Sparkline({
  points,
  label,
  annotations,
}: {
  points: readonly ProfilePoint[];
  label: string;
  /** Policy events marked on the trend. */
  annotations?: readonly PlacedAnnotation[];
}) {
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 6, bottom: 6 },
      xAxis: { type: 'category', show: false, data: points.map((p) => p.year) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', confine: true },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.value),
          symbol: 'none',
          lineStyle: { width: 2, color: '#0b62a4' },
          areaStyle: { color: 'rgba(11, 98, 164, 0.12)' },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: true, formatter: 'B', fontSize: 9 },
            lineStyle: { type: 'dashed', color: '#b45309', width: 1 },
            data: points.filter((p) => p.break).map((p) => ({ xAxis: p.year })),
          },
        },
      ],
    }),
    [points],
  );
  const annotated = useMemo(
    () => (annotations ? annotateOption(option, annotations) : option),
    [option, annotations],
  );
  return <EChart option={annotated} label={label} height={64} />;
}
