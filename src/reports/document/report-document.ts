// A report as a format-free document: headings, paragraphs, tables, charts and notes in
// reading order. Builders fill it from figures; the HTML and PDF renderers draw the same
// document, so both formats always say the same thing.
import type { Lang } from '../../framework/types.js';

export type Align = 'left' | 'right';

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: { cells: string[]; emphasis?: boolean }[];
  align: Align[];
  /** Relative column widths (fractions of the text width); equal when omitted. */
  widths?: number[];
  caption?: string;
}

export interface ChartBlock {
  kind: 'chart';
  title: string;
  /** Server-rendered SVG (ECharts), drawn as it is in HTML and through svg-to-pdfkit in PDF. */
  svg: string;
  width: number;
  height: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; small?: boolean }
  | { kind: 'list'; items: string[]; small?: boolean }
  | { kind: 'toc' }
  | TableBlock
  | ChartBlock;

export interface ReportDocument {
  lang: Lang;
  title: string;
  subtitle: string;
  /** What the figures are pinned to, in words. */
  pinLine: string;
  citation: string;
  /** The pin's instant: the PDF's creation date, so one pin gives one file. */
  pinnedAt: string;
  /** The CLI command that regenerates the same report. */
  reproduce: string;
  blocks: Block[];
}

/** The headings a table of contents lists (levels 1 and 2 with an id). */
export function listTocEntries(doc: ReportDocument): { id: string; text: string; level: number }[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'heading' && b.id && b.level <= 2 ? [{ id: b.id, text: b.text, level: b.level }] : [],
  );
}
