// Headings, paragraphs and lists. A heading keeps room for what follows it (never alone at the
// foot of a page) and, with an id, becomes a named destination the table of contents links to.
import type { Block } from '../../document/report-document.js';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { COLORS, type Doc, ensureRoom, isAtPageTop, PAGE, SIZES, TEXT_WIDTH } from './layout.js';

type Heading = Extract<Block, { kind: 'heading' }>;

const HEADING_SIZE = { 1: SIZES.h1, 2: SIZES.h2, 3: SIZES.h3 } as const;

export function drawHeading(doc: Doc, block: Heading, onAnchor: (id: string) => void): void {
  if (block.newPage && !isAtPageTop(doc)) doc.addPage();
  ensureRoom(doc, 90);
  if (!isAtPageTop(doc)) doc.moveDown(block.level === 3 ? 0.4 : 0.8);
  const size = HEADING_SIZE[block.level];
  doc
    .font(FONT_BOLD)
    .fontSize(size)
    .fillColor(block.level === 3 ? COLORS.text : COLORS.accent);
  if (block.id) onAnchor(block.id);
  doc.text(block.text, PAGE.margin, doc.y, {
    width: TEXT_WIDTH,
    ...(block.id ? { destination: block.id } : {}),
  });
  if (block.level === 1) {
    doc
      .moveTo(PAGE.margin, doc.y + 2)
      .lineTo(PAGE.margin + TEXT_WIDTH, doc.y + 2)
      .lineWidth(1)
      .strokeColor(COLORS.accent)
      .stroke();
    doc.moveDown(0.6);
  } else {
    doc.moveDown(0.3);
  }
}

export function drawParagraph(doc: Doc, text: string, small = false): void {
  doc
    .font(FONT_REGULAR)
    .fontSize(small ? SIZES.small : SIZES.body)
    .fillColor(small ? COLORS.muted : COLORS.text);
  doc.text(text, PAGE.margin, doc.y, { width: TEXT_WIDTH, lineGap: small ? 1 : 2 });
  doc.moveDown(small ? 0.3 : 0.6);
}

export function drawList(doc: Doc, items: readonly string[], small = false): void {
  doc
    .font(FONT_REGULAR)
    .fontSize(small ? SIZES.small : SIZES.body)
    .fillColor(small ? COLORS.muted : COLORS.text);
  for (const item of items) {
    const y = doc.y;
    doc.text('•', PAGE.margin, y, { width: 10 });
    doc.text(item, PAGE.margin + 10, y, { width: TEXT_WIDTH - 10, lineGap: small ? 0.5 : 1.5 });
    doc.moveDown(0.15);
  }
  doc.x = PAGE.margin;
  doc.moveDown(0.4);
}
