// Listing submissions: OAS staff see every country's; a correspondent only its own countries'
// (asking for another country's is refused, not silently emptied). Each comes with the number of
// its warning groups still open (a warning left unjustified), what a review queue sorts by.
import type { Kysely } from 'kysely';
import { getTable } from '../../framework/index.js';
import { collectWarningGroups } from '../../ingest/issues/group-warnings.js';
import { listJustificationsOf } from '../../store/repositories/justifications.js';
import {
  listSubmissionEvents,
  listSubmissionRows,
  type SubmissionRow,
} from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import { type Actor, canReadCountry, isOasStaff } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { listWarnings, parseReport, readReportIssues } from './report-issues.js';
import { describeSubmission } from './submission-detail.js';

export async function listSubmissions(
  db: Kysely<Database>,
  actor: Actor,
  filter: { country?: string; table?: string; status?: string; roundId?: number },
) {
  if (filter.country && !canReadCountry(actor, filter.country)) throw new WorkflowError('FORBIDDEN', 403);
  const countries = filter.country ? [filter.country] : isOasStaff(actor) ? undefined : actor.countries;
  const rows = await listSubmissionRows(db, {
    ...(countries ? { countries } : {}),
    ...(filter.table ? { table: filter.table } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.roundId !== undefined ? { roundId: filter.roundId } : {}),
  });
  const events = await listSubmissionEvents(
    db,
    rows.map((r) => r.id),
  );
  const justifications = await listJustificationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...describeSubmission(row, events),
    ...countWarningGroups(
      row,
      justifications.filter((j) => j.submissionId === row.id),
    ),
  }));
}

function countWarningGroups(
  row: SubmissionRow,
  justifications: Parameters<typeof listWarnings>[1],
): { warningGroupCount: number; openWarningGroups: number } {
  const table = getTable(row.table_id);
  const issues = table ? readReportIssues(parseReport(row.report), table) : [];
  const groups = collectWarningGroups(listWarnings(issues, justifications));
  const open = groups.filter((g) => g.members.some((w) => w.justification === null));
  return { warningGroupCount: groups.length, openWarningGroups: open.length };
}
