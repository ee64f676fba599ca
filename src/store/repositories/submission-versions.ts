// The versions of a submission (migration 0016): each corrected file adds the next one; the
// superseded version keeps its report and staged values for the reviewer's comparison.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { SubmissionVersionTable } from '../schema-workflow.js';

export type SubmissionVersionRow = Selectable<SubmissionVersionTable>;

export interface VersionSummary {
  observations: number;
  errors: number;
  warnings: number;
  /** Justifications carried over from the previous version. */
  carriedJustifications?: number;
}

export async function insertSubmissionVersion(
  db: Kysely<Database>,
  version: {
    submissionId: number;
    n: number;
    fileSha256: string | null;
    fileName: string | null;
    createdBy: number | null;
    summary: VersionSummary;
    at?: string;
  },
): Promise<void> {
  await db
    .insertInto('submission_versions')
    .values({
      submission_id: version.submissionId,
      n: version.n,
      file_sha256: version.fileSha256,
      file_name: version.fileName,
      created_at: version.at ?? new Date().toISOString(),
      created_by: version.createdBy,
      summary: JSON.stringify(version.summary),
      report: null,
      cells: null,
    })
    .execute();
}

export async function listSubmissionVersions(
  db: Kysely<Database>,
  submissionId: number,
): Promise<SubmissionVersionRow[]> {
  return db
    .selectFrom('submission_versions')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('n')
    .execute();
}

export async function findSubmissionVersion(
  db: Kysely<Database>,
  submissionId: number,
  n: number,
): Promise<SubmissionVersionRow | undefined> {
  return db
    .selectFrom('submission_versions')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .where('n', '=', n)
    .executeTakeFirst();
}

/** A version's summary after its file was read again (re-check). */
export async function updateVersionSummary(
  db: Kysely<Database>,
  submissionId: number,
  n: number,
  summary: VersionSummary,
): Promise<void> {
  await db
    .updateTable('submission_versions')
    .set({ summary: JSON.stringify(summary) })
    .where('submission_id', '=', submissionId)
    .where('n', '=', n)
    .execute();
}

/** What a superseded version held: its report and its values by cell key. */
export async function keepSupersededVersion(
  db: Kysely<Database>,
  submissionId: number,
  n: number,
  kept: { report: string | null; cells: Record<string, { value: number | null; status: string }> },
): Promise<void> {
  await db
    .updateTable('submission_versions')
    .set({ report: kept.report, cells: JSON.stringify(kept.cells) })
    .where('submission_id', '=', submissionId)
    .where('n', '=', n)
    .execute();
}

/** Moves a submission to its new current version (only from `from`: false when it moved already). */
export async function setCurrentVersion(
  db: Kysely<Database>,
  submissionId: number,
  from: number,
  to: number,
): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ version: to, updated_at: new Date().toISOString() })
    .where('id', '=', submissionId)
    .where('version', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
