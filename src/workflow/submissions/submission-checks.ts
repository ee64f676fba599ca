// What must hold before a submission goes to review: no error in its report, and a
// justification for every warning (the justification becomes the value's public footnote).
import type { Kysely } from 'kysely';
import { getTable } from '../../framework/index.js';
import { listJustifications } from '../../store/repositories/justifications.js';
import type { SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import { WorkflowError } from '../workflow-error.js';
import { listWarnings, parseReport, readReportIssues } from './report-issues.js';

export async function checkReadyToSubmit(db: Kysely<Database>, submission: SubmissionRow): Promise<void> {
  const table = getTable(submission.table_id);
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: submission.table_id });
  const issues = readReportIssues(parseReport(submission.report), table);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new WorkflowError('SUBMISSION_HAS_ERRORS', 422, { count: errors.length });
  }
  const warnings = listWarnings(issues, await listJustifications(db, submission.id));
  const missing = warnings.filter((w) => w.justification === null);
  if (missing.length > 0) {
    throw new WorkflowError(
      'JUSTIFICATION_MISSING',
      422,
      { count: missing.length },
      {
        warnings: missing.map(({ code, row, key, column, group }) => ({ code, row, key, column, group })),
        // One justification per group covers them: the groups still open.
        groups: [...new Set(missing.map((w) => w.group))],
      },
    );
  }
}
