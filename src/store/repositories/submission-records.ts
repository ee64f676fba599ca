// The workflow's reads and writes on submissions: status changes and their event history.
// (Staging a new submission belongs to the ingest pipeline, repositories/submissions.ts.)
import type { Kysely, Selectable } from 'kysely';
import type { Database, SubmissionTable } from '../schema.js';
import type { SubmissionEventTable } from '../schema-workflow.js';

export type SubmissionRow = Selectable<SubmissionTable>;
export type SubmissionEventRow = Selectable<SubmissionEventTable>;

export interface SubmissionFilter {
  countries?: readonly string[];
  table?: string;
  status?: string;
  roundId?: number;
}

export async function findSubmission(db: Kysely<Database>, id: number): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSubmissionRows(
  db: Kysely<Database>,
  filter: SubmissionFilter,
): Promise<SubmissionRow[]> {
  let q = db.selectFrom('submissions').selectAll().orderBy('id', 'desc');
  if (filter.countries) {
    if (filter.countries.length === 0) return [];
    q = q.where('ref_area', 'in', [...filter.countries]);
  }
  if (filter.table) q = q.where('table_id', '=', filter.table);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.roundId !== undefined) q = q.where('round_id', '=', filter.roundId);
  return q.execute();
}

/** Moves a submission from one status to another; false when it was no longer in `from`. */
export async function updateSubmissionStatus(
  db: Kysely<Database>,
  id: number,
  from: string,
  to: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ status: to, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setSubmissionRound(db: Kysely<Database>, id: number, roundId: number): Promise<void> {
  await db.updateTable('submissions').set({ round_id: roundId }).where('id', '=', id).execute();
}

export async function insertSubmissionEvent(
  db: Kysely<Database>,
  event: {
    submissionId: number;
    action: string;
    from: string | null;
    to: string;
    actorId: number | null;
    at: string;
    message?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('submission_events')
    .values({
      submission_id: event.submissionId,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      actor_id: event.actorId,
      at: event.at,
      message: event.message ?? null,
    })
    .execute();
}

export async function listSubmissionEvents(
  db: Kysely<Database>,
  submissionIds: readonly number[],
): Promise<SubmissionEventRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .selectFrom('submission_events')
    .selectAll()
    .where('submission_id', 'in', [...submissionIds])
    .orderBy('id')
    .execute();
}

export async function listStagedRows(db: Kysely<Database>, submissionId: number) {
  return db
    .selectFrom('staged_observations')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('source_row')
    .execute();
}
