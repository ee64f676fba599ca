// A small trend line without axes: the shape of a series next to its latest figure.
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import type { DatedValue } from '../../api/observations';
import { annotateOption, type PlacedAnnotation } from '../../charts/chart-annotations';
import { EChart } from '../../charts/echart';

export function Sparkline({
  series,
  label,
  annotations,
}: {
  series: readonly DatedValue[];
  label: string;
  /** Policy events marked on the trend (issue 21). */
  annotations?: readonly PlacedAnnotation[];
}) {
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 6, bottom: 6 },
      xAxis: { type: 'category', show: false, data: series.map((p) => p.period) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', confine: true },
      series: [
        {
          type: 'line',
          data: series.map((p) => p.value),
          symbol: 'none',
          lineStyle: { width: 2, color: '#0b62a4' },
          areaStyle: { color: 'rgba(11, 98, 164, 0.12)' },
        },
      ],
    }),
    [series],
  );
  const annotated = useMemo(
    () => (annotations ? annotateOption(option, annotations) : option),
    [option, annotations],
  );
  return <EChart option={annotated} label={label} height={64} />;
}
