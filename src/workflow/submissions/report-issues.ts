// The validation report the ingest pipeline saved with a submission, read for the workflow:
// errors block submission; every warning needs a justification; infos only inform.
// Issues are located by source row (the row a spreadsheet shows) and, when known, by cell key,
// and belong to a warning group (one cause), which one justification may cover whole.
import type { TableDef } from '../../framework/types.js';
import { groupIdOf } from '../../ingest/issues/group-warnings.js';
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
  /** The warning group (rule code + cause), the rule's or the warning's own. */
  group: string;
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
  return issues.map((issue) => {
    const read = {
      code: String(issue.code ?? 'UNKNOWN'),
      severity: issue.severity === 'error' || issue.severity === 'warning' ? issue.severity : 'info',
      row: typeof issue.row === 'number' ? issue.row : null,
      column: typeof issue.column === 'string' ? issue.column : null,
      key: readCellKey(table, issue.key) ?? null,
      value: issue.value ?? null,
      params: (issue.params as Record<string, unknown>) ?? {},
      ...(typeof issue.message === 'string' ? { message: issue.message } : {}),
    } as const;
    const group = groupIdOf({ ...read, group: typeof issue.group === 'string' ? issue.group : null });
    return { ...read, group };
  });
}

/**
 * A justification covers its group's warnings, or a warning at its row or cell; one with none
 * of these covers table-wide warnings.
 */
export function isJustifiedBy(
  issue: ReportIssue,
  j: Pick<JustificationRecord, 'row' | 'key'> & { group?: string | null },
): boolean {
  if (j.group) return j.group === issue.group;
  if (issue.row !== null && j.row === issue.row) return true;
  if (issue.key !== null && j.key === issue.key) return true;
  return issue.row === null && issue.key === null && j.row === null && j.key === null;
}

export interface WarningState extends ReportIssue {
  justification: string | null;
}

export function listWarnings(
  issues: readonly ReportIssue[],
  justifications: readonly (Pick<JustificationRecord, 'row' | 'key' | 'text'> & { group?: string | null })[],
): WarningState[] {
  return issues
    .filter((i) => i.severity === 'warning')
    .map((issue) => {
      const latest = justifications.filter((j) => isJustifiedBy(issue, j)).at(-1);
      return { ...issue, justification: latest?.text ?? null };
    });
}
