// Charts are ECharts options rendered to SVG on the server (no browser, no network): the SVG is
// inlined in the HTML and drawn into the PDF by svg-to-pdfkit, so both show the same picture.
import * as echarts from 'echarts';

export const CHART_FONT = 'DejaVu Sans, Verdana, sans-serif';
/** OAS blue first; colours chosen to stay apart in greyscale print. */
export const PALETTE = [
  '#1f4e8c',
  '#e0912f',
  '#4aa3a2',
  '#b5403a',
  '#7d6aa8',
  '#8c8c3b',
  '#d46fa6',
  '#5b5b5b',
  '#9ec1e6',
];

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

export function renderChart(option: echarts.EChartsCoreOption, width: number, height: number): RenderedChart {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: CHART_FONT, fontSize: 11, color: '#222' },
      ...option,
    });
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}
