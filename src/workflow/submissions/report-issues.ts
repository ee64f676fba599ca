// The validation report the ingest pipeline saved with a submission, read for the workflow:
// errors block submission; every warning needs a justification; infos only inform.
// Issues are located by source row (the row a spreadsheet shows) and, when known, by cell key.
import type { TableDef } from '../../framework/types.js';
import type { JustificationRecord } from '../../store/repositories/justifications.js';
import { readCellKey } from './cell-key.js';

export interface ReportIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  row: number | null;
  column: string | null;
  key: string | null;
  value: unknown;
  params: Record<string, unknown>;
  message?: string;
}

export function parseReport(report: string | null): Record<string, unknown> | null {
  if (!report) return null;
  try {
    const parsed = JSON.parse(report) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readReportIssues(report: Record<string, unknown> | null, table: TableDef): ReportIssue[] {
  const issues = Array.isArray(report?.issues) ? (report.issues as Record<string, unknown>[]) : [];
  return issues.map((issue) => ({
    code: String(issue.code ?? 'UNKNOWN'),
    severity: issue.severity === 'error' || issue.severity === 'warning' ? issue.severity : 'info',
    row: typeof issue.row === 'number' ? issue.row : null,
    column: typeof issue.column === 'string' ? issue.column : null,
    key: readCellKey(table, issue.key) ?? null,
    value: issue.value ?? null,
    params: (issue.params as Record<string, unknown>) ?? {},
    ...(typeof issue.message === 'string' ? { message: issue.message } : {}),
  }));
}

/** A justification covers a warning at its row or cell; one with neither covers table-wide warnings. */
export function isJustifiedBy(issue: ReportIssue, j: Pick<JustificationRecord, 'row' | 'key'>): boolean {
  if (issue.row !== null && j.row === issue.row) return true;
  if (issue.key !== null && j.key === issue.key) return true;
  return issue.row === null && issue.key === null && j.row === null && j.key === null;
}

export interface WarningState extends ReportIssue {
  justification: string | null;
}

export function listWarnings(
  issues: readonly ReportIssue[],
  justifications: readonly Pick<JustificationRecord, 'row' | 'key' | 'text'>[],
): WarningState[] {
  return issues
    .filter((i) => i.severity === 'warning')
    .map((issue) => {
      const latest = justifications.filter((j) => isJustifiedBy(issue, j)).at(-1);
      return { ...issue, justification: latest?.text ?? null };
    });
}
