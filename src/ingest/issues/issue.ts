// A problem found in a submission is a value, never a thrown string: a stable rule code, the
// severity the rule gives it, where it is (the row a spreadsheet shows, header row = 1, the
// column's header text, the sheet) and the offending value. Messages are rendered later from
// the code and params in the reader's language, so the same issue reads in EN/ES/FR/PT.
import { getRule } from '../../framework/rules.js';
import type { Severity } from '../../framework/types.js';

export interface IssueLocation {
  row?: number;
  column?: string;
  sheet?: string;
}

export type IssueParams = Record<string, string | number>;

export interface Issue extends IssueLocation {
  code: string;
  severity: Severity;
  value?: string;
  params: IssueParams;
  /**
   * The cause this warning shares with others (rule code + cause, e.g. `SERIES_BREAK:start:SEX`):
   * one justification covers the group. Deterministic, so a corrected file finds it again.
   */
  group?: string;
}

/** An issue of rule `code`, with the severity the framework gives that rule. */
export function createIssue(
  code: string,
  location: IssueLocation,
  params: IssueParams = {},
  value?: string | number | null,
): Issue {
  const rule = getRule(code);
  if (!rule) throw new Error(`ingest: no rule ${code} in the framework`);
  const issue: Issue = { code, severity: rule.severity, params };
  if (location.row !== undefined) issue.row = location.row;
  if (location.column !== undefined) issue.column = location.column;
  if (location.sheet !== undefined) issue.sheet = location.sheet;
  if (value !== undefined && value !== null) issue.value = String(value);
  return issue;
}
