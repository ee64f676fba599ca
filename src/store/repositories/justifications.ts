// A correspondent's justification of a flagged value; the text becomes the value's public
// footnote (OBS_NOTE) when the submission is published.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { JustificationTable } from '../schema-workflow.js';

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
  /** The submission version whose warning it justifies. */
  version: number;
}

export async function insertJustification(
  db: Kysely<Database>,
  j: {
    submissionId: number;
    row: number | null;
    key: string | null;
    group: string | null;
    text: string;
    createdBy: number | null;
    /** Defaults to the submission's current version. */
    version?: number;
  },
): Promise<JustificationRecord> {
  const createdAt = new Date().toISOString();
  const version =
    j.version ??
    (
      await db
        .selectFrom('submissions')
        .select('version')
        .where('id', '=', j.submissionId)
        .executeTakeFirstOrThrow()
    ).version;
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
      version,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), ...j, createdAt, version };
}

/** The justifications of the submission's current version (or of version `n`). */
export async function listJustifications(
  db: Kysely<Database>,
  submissionId: number,
  n?: number,
): Promise<JustificationRecord[]> {
  const version =
    n ??
    (await db.selectFrom('submissions').select('version').where('id', '=', submissionId).executeTakeFirst())
      ?.version ??
    1;
  const rows = await db
    .selectFrom('justifications')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .where('version', '=', version)
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

/** The justifications of several submissions, each of its current version, oldest first. */
export async function listJustificationsOf(
  db: Kysely<Database>,
  submissionIds: readonly number[],
): Promise<JustificationRecord[]> {
  if (submissionIds.length === 0) return [];
  const rows = await db
    .selectFrom('justifications')
    .innerJoin('submissions', 'submissions.id', 'justifications.submission_id')
    .selectAll('justifications')
    .where('justifications.submission_id', 'in', [...submissionIds])
    .whereRef('justifications.version', '=', 'submissions.version')
    .orderBy('justifications.id')
    .execute();
  return rows.map(toRecord);
}

function toRecord(r: Selectable<JustificationTable>): JustificationRecord {
  return {
    id: r.id,
    submissionId: r.submission_id,
    row: r.source_row,
    key: r.cell_key,
    group: r.warning_group,
    text: r.text,
    createdBy: r.created_by,
    createdAt: r.created_at,
    version: r.version ?? 1,
  };
}
