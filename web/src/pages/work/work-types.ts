// Shapes of the workflow API (issue 4) the workspace and the console read.
export interface SubmissionSummary {
  id: number;
  table: string;
  country: string;
  roundId: number | null;
  status: string;
  observationCount: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** Warning groups with a warning still unjustified (the review queue shows it). */
  openWarningGroups?: number;
  warningGroupCount?: number;
  version?: number;
}

export interface ReportIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  row?: number | null;
  column?: string | null;
  sheet?: string | null;
  key?: string | Record<string, string> | null;
  value?: unknown;
  params?: Record<string, unknown>;
  message?: string;
}

export interface ValidationReport {
  table?: string | null;
  country?: string | null;
  file?: { name: string; size: number };
  rows?: number;
  observations?: number;
  issues?: ReportIssue[];
  summary?: { errors?: number; warnings?: number; infos?: number };
}

export interface WarningState extends ReportIssue {
  justification: string | null;
}

/** Warnings of one cause, justified together (GET /api/submissions/:id `warningGroups`). */
export interface WarningGroup {
  id: string;
  code: string;
  count: number;
  message: string;
  sample: { row: number | null; column: string | null; key: unknown; value: unknown; message: string }[];
  justification: string | null;
  justified: number;
  tableWide: boolean;
}

export interface CommentEntry {
  id: number;
  text: string;
  key?: string | null;
  author?: string | null;
  authorId?: number | null;
  role?: string | null;
  createdAt?: string;
  at?: string;
}

export interface SubmissionDetail {
  submission: SubmissionSummary & {
    file: { sha256: string; name: string; size: number; mediaType: string } | null;
    metadata: Record<string, unknown>;
  };
  report: ValidationReport | null;
  warnings: WarningState[];
  warningGroups: WarningGroup[];
  diff: unknown;
  mirror: unknown;
  comments: CommentEntry[];
  events: {
    action: string;
    from: string | null;
    to: string | null;
    actorId: number | null;
    at: string;
    message: string | null;
  }[];
  allowedActions: string[];
  /** Issue 17: the submission's versions, oldest first, and whether four eyes applies. */
  versions?: SubmissionVersion[];
  fourEyes?: { required: boolean; acceptedBy: number | null };
}

export interface SubmissionVersion {
  n: number;
  file: { sha256: string; name: string; size: number; mediaType: string } | null;
  createdAt: string;
  createdBy: number | null;
  summary: { observations: number; errors: number; warnings: number; carriedJustifications?: number };
}

export interface RoundRecord {
  id: number;
  name: string;
  opensAt: string;
  deadline: string;
  tables: Partial<Record<'I' | 'II' | 'III', string[]>>;
  reminderDays: number;
  fourEyes?: boolean;
}

export interface CoverageCell {
  country: string;
  phase: 'I' | 'II' | 'III';
  table: string;
  status: string;
  submissionId: number | null;
  submittedAt: string | null;
  timeliness: 'on_time' | 'late' | null;
}

export interface CoverageResponse {
  round: RoundRecord;
  phase: string | null;
  cells: CoverageCell[];
  summary: { cells: number; byStatus: Record<string, number>; onTime: number; late: number };
}
