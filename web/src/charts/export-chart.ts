// Chart downloads that cite themselves: the chart is redrawn off screen at a fixed size with
// its title above and the source and notes below, then saved as PNG (canvas) or SVG (ECharts'
// server-side SVG renderer, so the file is real vector graphics).
import type { EChartsOption } from 'echarts';
import { loadECharts } from './load-echarts';

export interface ChartCaption {
  title: string;
  subtitle?: string;
  source: string;
  notes?: string[];
}

const WIDTH = 1200;
const HEIGHT = 720;

function captionedOption(option: EChartsOption, caption: ChartCaption): EChartsOption {
  const footer = [caption.source, ...(caption.notes ?? [])].filter(Boolean).join('\n');
  const footerLines = footer.split('\n').length;
  const grid = { left: 80, right: 40, top: 110, bottom: 70 + footerLines * 18, containLabel: true };
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: caption.title,
      subtext: caption.subtitle ?? '',
      left: 24,
      top: 16,
      textStyle: { fontSize: 20, fontWeight: 'bold', color: '#1a1a1a' },
      subtextStyle: { fontSize: 14, color: '#444' },
    },
    legend: { ...(option.legend as object | undefined), top: 72, type: 'plain' },
    grid: option.grid === undefined ? grid : option.grid,
    graphic: [
      {
        type: 'text',
        left: 24,
        bottom: 16,
        style: { text: footer, fill: '#444', font: '13px sans-serif', lineHeight: 18 },
      },
    ],
    toolbox: undefined,
  } as EChartsOption;
}

function saveFile(href: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

export async function exportChartSvg(
  option: EChartsOption,
  caption: ChartCaption,
  fileName: string,
): Promise<void> {
  const echarts = await loadECharts();
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  chart.setOption(captionedOption(option, caption));
  const svg = chart.renderToSVGString();
  chart.dispose();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  saveFile(url, `${fileName}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportChartPng(
  option: EChartsOption,
  caption: ChartCaption,
  fileName: string,
): Promise<void> {
  const echarts = await loadECharts();
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${WIDTH}px;height:${HEIGHT}px`;
  document.body.appendChild(host);
  try {
    const chart = echarts.init(host, undefined, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
    chart.setOption(captionedOption(option, caption));
    const dataUrl = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    chart.dispose();
    saveFile(dataUrl, `${fileName}.png`);
  } finally {
    host.remove();
  }
}
