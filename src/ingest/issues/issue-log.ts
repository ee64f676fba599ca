// Every issue is kept (there is no cap: a correspondent fixes a file from the full list) and
// counted by severity and code as it arrives, so the summary never needs a second pass.
import type { Severity } from '../../framework/types.js';
import type { Issue } from './issue.js';

export interface IssueSummary {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Record<string, number>;
}

export interface IssueLog {
  add(issue: Issue): void;
  readonly issues: readonly Issue[];
  hasErrors(): boolean;
  summarize(): IssueSummary;
}

const COUNTER: Record<Severity, keyof Omit<IssueSummary, 'byCode'>> = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos',
};

export function createIssueLog(): IssueLog {
  const issues: Issue[] = [];
  const summary: IssueSummary = { errors: 0, warnings: 0, infos: 0, byCode: {} };
  return {
    issues,
    add(issue) {
      issues.push(issue);
      summary[COUNTER[issue.severity]]++;
      summary.byCode[issue.code] = (summary.byCode[issue.code] ?? 0) + 1;
    },
    hasErrors: () => summary.errors > 0,
    summarize: () => ({ ...summary, byCode: { ...summary.byCode } }),
  };
}
