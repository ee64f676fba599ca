// A React wrapper around one ECharts instance: loads the library on demand, follows the
// option, resizes with its box, and disposes on unmount. The chart is an image for assistive
// technology (role="img" + label); every page that draws one also offers the figures as text.
import type { EChartsOption } from 'echarts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ECharts, loadECharts } from './load-echarts';

type Instance = ReturnType<ECharts['init']>;

export interface EChartProps {
  option: EChartsOption;
  label: string;
  height?: number | string;
  onItemClick?: (name: string, data: unknown) => void;
  /** Runs before the option is set, e.g. to register a map. */
  prepare?: (echarts: ECharts) => void;
  testId?: string;
}

export function EChart({ option, label, height = 360, onItemClick, prepare, testId }: EChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts()
      .then((echarts) => {
        if (disposed || !box.current) return;
        prepare?.(echarts);
        const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
        chart.on('click', (params) => {
          const event = params as { name?: string; data?: unknown };
          if (event.name) clickHandler.current?.(event.name, event.data);
        });
        instance.current = chart;
        observer = new ResizeObserver(() => chart.resize());
        observer.observe(box.current);
        setReady(true);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      instance.current?.dispose();
      instance.current = null;
    };
  }, [prepare]);

  useEffect(() => {
    if (ready) instance.current?.setOption(option, { notMerge: true });
  }, [option, ready]);

  if (failed) return <p className="status-panel status-panel--error">{t('errors.chart')}</p>;
  return (
    <div
      ref={box}
      className="echart"
      role="img"
      aria-label={label}
      style={{ height }}
      data-testid={testId}
      data-ready={ready ? 'true' : 'false'}
    />
  );
}
