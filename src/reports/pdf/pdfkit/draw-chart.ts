// A chart in the PDF: its title, then the ECharts SVG drawn as vectors by svg-to-pdfkit, scaled
// to the text width, with the SVG's text set in the embedded font.
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartBlock } from '../../document/report-document.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLORS, type Doc, ensureRoom, PAGE, SIZES, TEXT_WIDTH } from './layout.js';

export function drawChart(doc: Doc, chart: ChartBlock): void {
  const scale = Math.min(1, TEXT_WIDTH / chart.width);
  const width = chart.width * scale;
  const height = chart.height * scale;
  doc.font(FONT_BOLD).fontSize(SIZES.body);
  const titleHeight = doc.heightOfString(chart.title, { width: TEXT_WIDTH });
  ensureRoom(doc, titleHeight + height + 10);
  doc.fillColor(COLORS.text).text(chart.title, PAGE.margin, doc.y, { width: TEXT_WIDTH });
  doc.moveDown(0.3);
  const y = doc.y;
  SVGtoPDF(doc, chart.svg, PAGE.margin, y, {
    width,
    height,
    fontCallback: (_family: string, bold: boolean) => (bold ? FONT_BOLD : FONT_REGULAR),
  });
  doc.x = PAGE.margin;
  doc.y = y + height + 12;
}
