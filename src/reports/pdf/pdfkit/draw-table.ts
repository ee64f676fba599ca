// A table drawn with pdfkit: bold header with a rule, light rules between rows, numbers right-
// aligned; a table longer than the page continues on the next with its header repeated.
import type { TableBlock } from '../../document/report-document.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLORS, type Doc, ensureRoom, PAGE, pageBottom, SIZES, TEXT_WIDTH } from './layout.js';

const PAD_X = 3;
const PAD_Y = 2.5;

function columnWidths(table: TableBlock): number[] {
  const n = table.header.length;
  const fractions = table.widths ?? Array.from({ length: n }, () => 1 / n);
  const sum = fractions.reduce((a, b) => a + b, 0);
  return fractions.map((f) => (f / sum) * TEXT_WIDTH);
}

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[], font: string): number {
  doc.font(font).fontSize(SIZES.table);
  const heights = cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PAD_X }));
  return Math.max(...heights) + 2 * PAD_Y;
}

function drawRow(
  doc: Doc,
  table: TableBlock,
  cells: readonly string[],
  widths: readonly number[],
  font: string,
  height: number,
): void {
  const y = doc.y;
  let x = PAGE.margin;
  doc.font(font).fontSize(SIZES.table).fillColor(COLORS.text);
  cells.forEach((text, i) => {
    const width = widths[i]!;
    doc.text(text, x + PAD_X, y + PAD_Y, {
      width: width - 2 * PAD_X,
      align: table.align[i] ?? 'left',
      lineGap: 0,
    });
    x += width;
  });
  doc.x = PAGE.margin;
  doc.y = y + height;
}

function drawRule(doc: Doc, color: string, width = 0.5): void {
  doc
    .moveTo(PAGE.margin, doc.y)
    .lineTo(PAGE.margin + TEXT_WIDTH, doc.y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}

function drawHeader(doc: Doc, table: TableBlock, widths: readonly number[]): void {
  const height = rowHeight(doc, table.header, widths, FONT_BOLD);
  doc.rect(PAGE.margin, doc.y, TEXT_WIDTH, height).fillColor(COLORS.band).fill();
  drawRow(doc, table, table.header, widths, FONT_BOLD, height);
  drawRule(doc, COLORS.accent, 0.8);
}

export function drawTable(doc: Doc, table: TableBlock): void {
  const widths = columnWidths(table);
  const headerHeight = rowHeight(doc, table.header, widths, FONT_BOLD);
  const firstRow = table.rows[0] ? rowHeight(doc, table.rows[0].cells, widths, FONT_REGULAR) : 0;
  ensureRoom(doc, headerHeight + firstRow + 16);
  if (table.caption) {
    doc
      .font(FONT_BOLD)
      .fontSize(SIZES.small)
      .fillColor(COLORS.muted)
      .text(table.caption, PAGE.margin, doc.y, { width: TEXT_WIDTH });
    doc.moveDown(0.2);
  }
  drawHeader(doc, table, widths);
  for (const row of table.rows) {
    const font = row.emphasis ? FONT_BOLD : FONT_REGULAR;
    const height = rowHeight(doc, row.cells, widths, font);
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      drawHeader(doc, table, widths);
    }
    drawRow(doc, table, row.cells, widths, font, height);
    drawRule(doc, COLORS.rule, 0.3);
  }
  doc.moveDown(0.8);
}
