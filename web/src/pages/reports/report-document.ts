// The report document as /api/reports/…/document sends it (src/reports/document/report-document.ts):
// the same blocks the standalone HTML page and the PDF draw.
export interface ReportTable {
  kind: 'table';
  header: string[];
  rows: { cells: string[]; emphasis?: boolean }[];
  align: ('left' | 'right')[];
  caption?: string;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string; small?: boolean }
  | { kind: 'list'; items: string[]; small?: boolean }
  | { kind: 'toc' }
  | ReportTable
  | { kind: 'chart'; title: string; svg: string; width: number; height: number };

export interface ReportDocument {
  lang: string;
  title: string;
  subtitle: string;
  pinLine: string;
  citation: string;
  pinnedAt: string;
  reproduce: string;
  blocks: ReportBlock[];
}

/** Where a report lives in the API: a country note (ISO3) or the regional report. */
export function reportApiPath(scope: string): string {
  return scope === 'region' ? '/api/reports/region' : `/api/reports/country/${scope.toUpperCase()}`;
}
