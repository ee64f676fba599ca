// Submission versions (issue 17): a corrected file becomes version n+1 of the same submission.
// Each version keeps its file and a summary; the version a reviewer compares with keeps its
// staged values (`cells`, JSON) once superseded. Justifications and comments name the version
// they were written on. Rounds say whether the reviewer who accepts may also publish.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await addIdColumn(db.schema.createTable('submission_versions'), dialect)
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('file_sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('cells', 'text')
    .addUniqueConstraint('submission_versions_n', ['submission_id', 'n'])
    .execute();
  await db.schema
    .alterTable('submissions')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('justifications').addColumn('version', 'integer').execute();
  await db.schema.alterTable('comments').addColumn('version', 'integer').execute();
  await db.schema
    .alterTable('rounds')
    .addColumn('four_eyes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.updateTable('justifications').set({ version: 1 }).execute();
  await db.updateTable('comments').set({ version: 1 }).execute();
  // Every existing submission is its own version 1.
  const rows = await db
    .selectFrom('submissions')
    .leftJoin('files', 'files.sha256', 'submissions.file_sha256')
    .select([
      'submissions.id as id',
      'submissions.file_sha256 as sha256',
      'files.original_name as name',
      'submissions.created_at as created_at',
      'submissions.created_by as created_by',
      'submissions.observation_count as observations',
      'submissions.report as report',
    ])
    .execute();
  for (const row of rows) {
    await db
      .insertInto('submission_versions')
      .values({
        submission_id: row.id,
        n: 1,
        file_sha256: row.sha256,
        file_name: row.name,
        created_at: row.created_at,
        created_by: row.created_by,
        summary: JSON.stringify(summarize(row.report, Number(row.observations))),
        report: null,
        cells: null,
      })
      .execute();
  }
}

function summarize(report: string | null, observations: number) {
  let summary: Record<string, unknown> = {};
  try {
    summary = (JSON.parse(report ?? 'null')?.summary as Record<string, unknown>) ?? {};
  } catch {}
  return {
    observations,
    errors: Number(summary.errors ?? 0),
    warnings: Number(summary.warnings ?? 0),
  };
}
