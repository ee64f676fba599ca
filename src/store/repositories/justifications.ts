// A correspondent's justification of a flagged value; the text becomes the value's public
// footnote (OBS_NOTE) when the submission is published.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface JustificationRecord {
  id: number;
  submissionId: number;
  row: number | null;
  key: string | null;
  /** The warning group covered, when the justification is given to a group. */
  group: string | null;
  text: string;
  createdBy: number | null;
  createdAt: string;
}

export async function insertJustification(
  db: Kysely<Database>,
  j: {
    submissionId: number;
    row: number | null;
    key: string | null;
    group: string | null;
    text: string;
    createdBy: number;
  },
): Promise<JustificationRecord> {
  const createdAt = new Date().toISOString();
  const row = await db
    .insertInto('justifications')
    .values({
      submission_id: j.submissionId,
      source_row: j.row,
      cell_key: j.key,
      warning_group: j.group,
      text: j.text,
      created_by: j.createdBy,
      created_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), ...j, createdAt };
}

export async function listJustifications(
  db: Kysely<Database>,
  submissionId: number,
): Promise<JustificationRecord[]> {
  return listJustificationsOf(db, [submissionId]);
}

/** The justifications of several submissions, oldest first. */
export async function listJustificationsOf(
  db: Kysely<Database>,
  submissionIds: readonly number[],
): Promise<JustificationRecord[]> {
  if (submissionIds.length === 0) return [];
  const rows = await db
    .selectFrom('justifications')
    .selectAll()
    .where('submission_id', 'in', [...submissionIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    submissionId: r.submission_id,
    row: r.source_row,
    key: r.cell_key,
    group: r.warning_group,
    text: r.text,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
