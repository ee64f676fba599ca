// The report a correspondent gets back: what was read (rows, observations), how the file was
// understood (decisions: encoding, delimiter, decimal mark, layout, defaults — so a wrong guess
// is visible), every issue, and a count of issues by severity and code.
import type { Issue } from '../issues/issue.js';
import type { IssueSummary } from '../issues/issue-log.js';
import type { ReadDecisions } from '../readers/raw-row.js';

export interface ReportDecisions extends ReadDecisions {
  decimal: '.' | ',' | null;
  decimalBasis?: 'values' | 'delimiter' | 'default';
  headerRow?: number;
  layout?: 'long' | 'wide';
  wideDimension?: string;
  /** Each recognised header and the column it was read as. */
  columns?: { header: string; column: string }[];
  /** Dimensions the file lacks and the code every row took (`_T`, or REF_AREA from the command). */
  defaults?: { dimension: string; code: string }[];
  /** Blank key cells read as part of a merged cell above, per column. */
  filledDown?: Record<string, number>;
  /** Rows read as notes ("Fuente: …") and skipped. */
  skippedNotes?: number[];
  /** Wide layout: blank value cells, read as not reported. */
  blankCells?: number;
  /** SDMX-CSV rows with ACTION D (delete), which a submission cannot carry. */
  skippedDeletions?: number;
  tableFrom?: 'option' | 'template' | 'sdmx';
  countryFrom?: 'option' | 'template' | 'file';
}

export interface ValidationReport {
  table: string | null;
  country: string | null;
  file: { name: string; size: number };
  /** Data rows read (header, titles and blank rows excluded). */
  rows: number;
  /** Observations accepted (one per row in long layout, one per value cell in wide). */
  observations: number;
  decisions: ReportDecisions;
  issues: Issue[];
  summary: IssueSummary;
}
