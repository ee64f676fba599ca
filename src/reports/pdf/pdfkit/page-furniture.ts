// What surrounds the content: the title block (or cover page), the table of contents drawn on
// pages reserved before the content (its page numbers are known only afterwards), and the
// footer of every page: the report's name, its pin and "page n of N".
import { label } from '../../../framework/labels.js';
import type { ReportDocument } from '../../document/report-document.js';
import { listTocEntries } from '../../document/report-document.js';
import { fillTemplate, withColon } from '../../text/fill-template.js';
import { UI } from '../../text/ui-texts.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLORS, type Doc, PAGE, SIZES, TEXT_WIDTH } from './layout.js';

const TOC_LINE = 15;

export function drawTitleBlock(doc: Doc, report: ReportDocument, cover: boolean): void {
  const { lang } = report;
  if (cover) doc.y = 200;
  doc
    .font(FONT_REGULAR)
    .fontSize(SIZES.small)
    .fillColor(COLORS.muted)
    .text(label(UI.series, lang), { width: TEXT_WIDTH });
  doc.moveDown(0.4);
  doc
    .font(FONT_BOLD)
    .fontSize(cover ? 28 : SIZES.title)
    .fillColor(COLORS.accent)
    .text(report.title, { width: TEXT_WIDTH });
  doc
    .font(FONT_BOLD)
    .fontSize(cover ? 18 : 14)
    .fillColor(COLORS.text)
    .text(report.subtitle, { width: TEXT_WIDTH });
  doc.moveDown(cover ? 2 : 0.6);
  doc.font(FONT_REGULAR).fontSize(SIZES.small).fillColor(COLORS.muted);
  doc.text(`${withColon(lang, label(UI.pin, lang))} ${report.pinLine}`, { width: TEXT_WIDTH });
  doc.text(`${withColon(lang, label(UI.howToCite, lang))} ${report.citation}`, { width: TEXT_WIDTH });
  doc.text(report.reproduce, { width: TEXT_WIDTH });
  doc.moveDown(cover ? 1 : 1.2);
  doc.fillColor(COLORS.text);
}

/** Blank pages for the table of contents, filled in by drawToc once page numbers are known. */
export function reserveTocPages(doc: Doc, entries: number): { firstPage: number; pages: number } {
  const perPage = Math.floor((doc.page.height - PAGE.top - PAGE.bottom - 40) / TOC_LINE);
  const pages = Math.max(1, Math.ceil(entries / perPage));
  doc.addPage();
  const firstPage = doc.bufferedPageRange().count - 1;
  for (let i = 1; i < pages; i++) doc.addPage();
  doc.addPage();
  return { firstPage, pages };
}

export function drawToc(
  doc: Doc,
  report: ReportDocument,
  toc: { firstPage: number; pages: number },
  anchors: ReadonlyMap<string, number>,
): void {
  const entries = listTocEntries(report);
  let page = toc.firstPage;
  doc.switchToPage(page);
  doc.x = PAGE.margin;
  doc.y = PAGE.top;
  doc
    .font(FONT_BOLD)
    .fontSize(SIZES.h1)
    .fillColor(COLORS.accent)
    .text(label(UI.contents, report.lang), { width: TEXT_WIDTH });
  doc.moveDown(0.6);
  for (const entry of entries) {
    if (doc.y + TOC_LINE > doc.page.height - PAGE.bottom && page < toc.firstPage + toc.pages - 1) {
      page += 1;
      doc.switchToPage(page);
      doc.y = PAGE.top;
    }
    const y = doc.y;
    const indent = entry.level === 1 ? 0 : 14;
    const number = String((anchors.get(entry.id) ?? 0) + 1);
    doc
      .font(entry.level === 1 ? FONT_BOLD : FONT_REGULAR)
      .fontSize(entry.level === 1 ? SIZES.body + 0.5 : SIZES.body);
    doc.fillColor(COLORS.text).text(entry.text, PAGE.margin + indent, y, {
      width: TEXT_WIDTH - indent - 40,
      goTo: entry.id,
      lineBreak: false,
    });
    doc.text(number, PAGE.margin + TEXT_WIDTH - 40, y, {
      width: 40,
      align: 'right',
      goTo: entry.id,
      lineBreak: false,
    });
    doc.x = PAGE.margin;
    doc.y = y + TOC_LINE;
  }
}

export function drawFooters(doc: Doc, report: ReportDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin: lift it for the footer, or pdfkit would add a page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 38;
    doc.font(FONT_REGULAR).fontSize(7).fillColor(COLORS.muted);
    doc.text(`${report.title} — ${report.subtitle}`, PAGE.margin, y, {
      width: TEXT_WIDTH - 90,
      lineBreak: false,
    });
    const pageLabel = fillTemplate(label(UI.page, report.lang), {
      page: String(i + 1),
      pages: String(range.count),
    });
    doc.text(pageLabel, PAGE.margin + TEXT_WIDTH - 90, y, { width: 90, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
