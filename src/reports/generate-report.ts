// One call from request to file: resolve the pin, build the document, render it as HTML or
// PDF. The route, the CLI and the benchmark all come through here.
import type { Lang } from '../framework/types.js';
import { buildReport, checkMemberState, type ReportFormat, type ReportScope } from './build-report.js';
import type { ReportDataSource } from './data/report-data-source.js';
import { renderHtml } from './html/render-html.js';
import type { PdfRenderer } from './pdf/pdf-renderer.js';
import { pdfkitRenderer } from './pdf/pdfkit/render-pdf.js';
import { type PinRequest, type ResolvedPin, resolvePin } from './pin/report-pin.js';

/**
 * What a caller can ask for: a file (PDF, standalone HTML) or the document itself as JSON,
 * which the portal's report page draws inside the web application.
 */
export type OutputFormat = ReportFormat | 'json';

const CONTENT_TYPES: Record<OutputFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface GeneratedReport {
  body: Buffer;
  contentType: string;
  /** A file name for downloads: sicremi-ARG-fr-2026-01-15.pdf. */
  filename: string;
  pin: ResolvedPin;
}

export interface GenerateOptions {
  scope: ReportScope;
  lang: Lang;
  format: OutputFormat;
  pin: ResolvedPin;
  renderer?: PdfRenderer;
}

export function reportFilename(
  scope: ReportScope,
  lang: Lang,
  pin: ResolvedPin,
  format: OutputFormat,
): string {
  const what = scope.kind === 'country' ? scope.iso3.toUpperCase() : 'region';
  return `sicremi-${what}-${lang}-${pin.at.slice(0, 10)}.${format}`;
}

export async function generateReport(
  source: ReportDataSource,
  options: GenerateOptions,
): Promise<GeneratedReport> {
  // The portal page is the HTML report drawn by the web app: its reproduce line names HTML.
  const fileFormat: ReportFormat = options.format === 'json' ? 'html' : options.format;
  const document = await buildReport(source, { ...options, format: fileFormat });
  const body =
    options.format === 'pdf'
      ? await (options.renderer ?? pdfkitRenderer).renderPdf(document)
      : Buffer.from(options.format === 'json' ? JSON.stringify(document) : renderHtml(document), 'utf8');
  return {
    body,
    contentType: CONTENT_TYPES[options.format],
    filename: reportFilename(options.scope, options.lang, options.pin, options.format),
    pin: options.pin,
  };
}

/** Resolve, then generate: the whole path for callers without a cache (CLI, tests). */
export async function generateReportFor(
  source: ReportDataSource,
  options: Omit<GenerateOptions, 'pin'> & { pin: PinRequest; now?: string },
): Promise<GeneratedReport> {
  if (options.scope.kind === 'country') checkMemberState(options.scope.iso3);
  const pin = await resolvePin(source, options.pin, options.now);
  return generateReport(source, { ...options, pin });
}
