// The PDF renderer is a replaceable part: the reports depend on this one-method interface.
// The implementation in pdfkit/ draws with pdfkit and embedded TTF fonts, with no browser and
// no network; a Chromium page.pdf() renderer could sit beside it with the same interface.
import type { ReportDocument } from '../document/report-document.js';

export interface PdfRenderer {
  renderPdf(document: ReportDocument): Promise<Buffer>;
}
