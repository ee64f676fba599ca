// What a version's history entry says of it: observations staged, errors and warnings found.
import type { SubmissionRow } from '../../store/repositories/submission-records.js';
import type { VersionSummary } from '../../store/repositories/submission-versions.js';
import { parseReport } from './report-issues.js';

export function summarizeVersion(
  row: Pick<SubmissionRow, 'report' | 'observation_count'>,
  extra: Partial<VersionSummary> = {},
): VersionSummary {
  const summary = (parseReport(row.report)?.summary ?? {}) as Record<string, unknown>;
  return {
    observations: Number(row.observation_count),
    errors: Number(summary.errors ?? 0),
    warnings: Number(summary.warnings ?? 0),
    ...extra,
  };
}
