// Shapes of the data-entry API (GET /api/entry/:table/:country and its writes), as the server
// sends them (src/workflow/entry).
import type { ReportIssue } from '../work/work-types';

export interface AxisCode {
  id: string;
  label: string;
}

export interface GridAxis {
  id: string;
  name: string;
  codes: AxisCode[];
  total: string | null;
}

export interface GridCell {
  key: string;
  value: number | null;
  status: string;
  note: string | null;
  edited: boolean;
}

export interface GridIssue extends ReportIssue {
  key: string | null;
  message: string;
  /** The warning's group (rule + cause), as the submission will group it. */
  group?: string;
}

/** The draft's warnings by cause, as the submission will show them. */
export interface GridWarningGroup {
  id: string;
  code: string;
  count: number;
  message: string;
}

export interface IssueSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface EntryGridResponse {
  table: { id: string; name: string; unit: string; unitMultiplier: number; dimensions: string[] };
  country: string;
  canEdit: boolean;
  layout: { rows: GridAxis; columns: GridAxis[]; slices: GridAxis[] };
  source: 'draft' | 'published' | 'empty';
  draft: { updatedAt: string } | null;
  cells: GridCell[];
  issues: GridIssue[];
  warningGroups?: GridWarningGroup[];
  summary: IssueSummary;
}

/** What the cell says: a value, or an empty value with the status saying why. */
export interface CellContent {
  value: number | null;
  status: string;
  note: string | null;
}

export interface CellEdit extends CellContent {
  seq: number;
  key: string;
}

export interface SaveResponse {
  applied: number;
  lastSeq: number;
  issues: GridIssue[];
  warningGroups?: GridWarningGroup[];
  summary: IssueSummary;
}

export interface SubmitResponse {
  id: number;
  status: string;
  justificationsMissing: number;
}

export const MISSING_STATUSES = ['L', 'M', 'O', 'Q'] as const;
