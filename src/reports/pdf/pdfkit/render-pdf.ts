// The pdfkit PdfRenderer: a title block (a cover page for the regional report), the blocks in
// order, then — pages being buffered — the table of contents with page numbers and links on
// the pages reserved for it, and a footer on every page. The creation date is the pin's instant,
// so regenerating a pinned report gives the same figures in the same file.
import PDFDocument from 'pdfkit';
import type { ReportDocument } from '../../document/report-document.js';
import { listTocEntries } from '../../document/report-document.js';
import type { PdfRenderer } from '../pdf-renderer.js';
import { drawChart } from './draw-chart.js';
import { drawTable } from './draw-table.js';
import { drawHeading, drawList, drawParagraph } from './draw-text.js';
import { FONT_BOLD, FONT_REGULAR, readFonts } from './fonts.js';
import { COLORS, type Doc, PAGE } from './layout.js';
import { drawFooters, drawTitleBlock, drawToc, reserveTocPages } from './page-furniture.js';

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function renderPdfDocument(report: ReportDocument): Promise<Buffer> {
  const fonts = readFonts();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    autoFirstPage: true,
    lang: report.lang,
    displayTitle: true,
    info: {
      Title: `${report.title}: ${report.subtitle}`,
      Author: 'OAS — SICREMI',
      Subject: report.pinLine,
      Creator: 'SICREMI',
      Producer: 'SICREMI (pdfkit)',
      CreationDate: new Date(report.pinnedAt),
      ModDate: new Date(report.pinnedAt),
    },
  });
  const done = collect(doc);
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT_REGULAR).fillColor(COLORS.text);

  const hasToc = report.blocks.some((b) => b.kind === 'toc');
  drawTitleBlock(doc, report, hasToc);
  const anchors = new Map<string, number>();
  let toc: { firstPage: number; pages: number } | undefined;
  for (const block of report.blocks) {
    switch (block.kind) {
      case 'toc':
        toc = reserveTocPages(doc, listTocEntries(report).length);
        break;
      case 'heading':
        drawHeading(doc, block, (id) =>
          anchors.set(id, doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1),
        );
        break;
      case 'paragraph':
        drawParagraph(doc, block.text, block.small);
        break;
      case 'list':
        drawList(doc, block.items, block.small);
        break;
      case 'table':
        drawTable(doc, block);
        break;
      case 'chart':
        drawChart(doc, block);
        break;
    }
  }
  if (toc) drawToc(doc, report, toc, anchors);
  drawFooters(doc, report);
  doc.end();
  return done;
}

export const pdfkitRenderer: PdfRenderer = { renderPdf: renderPdfDocument };
