// Issues are stored as codes and params; each reader gets their message in their language,
// rendered when the report is served (the same report reads in EN, ES, FR and PT).
import type { Lang } from '../../framework/types.js';
import { type Issue, renderIssueMessage } from '../../ingest/index.js';

export function localizeReport(report: Record<string, unknown> | null, lang: Lang) {
  if (!report || !Array.isArray(report.issues)) return report;
  return { ...report, issues: report.issues.map((issue: Issue) => localizeIssue(issue, lang)) };
}

export function localizeIssue<T extends { code: string; params?: unknown }>(
  issue: T,
  lang: Lang,
): T & { message: string } {
  const params = (issue.params ?? {}) as Issue['params'];
  return { ...issue, message: renderIssueMessage({ severity: 'info', ...issue, params } as Issue, lang) };
}
