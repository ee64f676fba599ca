// Listing submissions: OAS staff see every country's; a correspondent only its own countries'
// (asking for another country's is refused, not silently emptied).
import type { Kysely } from 'kysely';
import { listSubmissionEvents, listSubmissionRows } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import { type Actor, canReadCountry, isOasStaff } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
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
  return rows.map((row) => describeSubmission(row, events));
}
