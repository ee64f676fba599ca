// Who may see a submission: OAS staff, and the correspondents of its country. Anyone else is
// refused with 403 and learns nothing of it (not even whether it exists beyond its id).
import type { Kysely } from 'kysely';
import { findSubmission, type SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Database } from '../../store/schema.js';
import { type Actor, canReadCountry } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';

export async function loadReadableSubmission(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<SubmissionRow> {
  const submission = await findSubmission(db, id);
  if (!submission) throw new WorkflowError('SUBMISSION_NOT_FOUND', 404, { id });
  if (!canReadCountry(actor, submission.ref_area)) throw new WorkflowError('FORBIDDEN', 403);
  return submission;
}
