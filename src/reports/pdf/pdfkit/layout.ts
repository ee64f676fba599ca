// Page geometry and type sizes of the PDF, and the one helper every block uses to start on a
// new page when it does not fit.
import type PDFDocument from 'pdfkit';

export const PAGE = { size: 'A4' as const, margin: 50, top: 60, bottom: 60 };
export const TEXT_WIDTH = 595.28 - 2 * PAGE.margin;
export const SIZES = { body: 9.5, small: 8, table: 8, h1: 17, h2: 13, h3: 11, title: 22 };
export const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#c8c8c8',
  accent: '#1f4e8c',
  band: '#eef2f8',
};

export type Doc = InstanceType<typeof PDFDocument>;

/** The lowest y a block may reach on the current page. */
export function pageBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits below the cursor. */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

/** True when the cursor is at the top of a page (nothing drawn yet). */
export function isAtPageTop(doc: Doc): boolean {
  return doc.y <= doc.page.margins.top + 1;
}
