// The one door to ECharts: a dynamic import, so pages without charts never download it.
export type ECharts = typeof import('echarts/core');

let loading: Promise<ECharts> | undefined;

export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts-setup').then((module) => module.echarts);
  return loading;
}
