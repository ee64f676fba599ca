// Submissions as ingest stages them: a draft row (table, country, original file, validation
// report) and its observations in staged_observations, each with the row of the file it came
// from. Staged rows name only the columns a table uses, so a million of them load faster;
// the others keep their defaults ('' slots, null attributes).
import type { Kysely, Selectable } from 'kysely';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { breakdownDimensions, rowToObservation } from '../observation-row.js';
import { type Database, DIM_SLOTS, type SubmissionTable } from '../schema.js';

export interface NewDraftSubmission {
  table: TableDef;
  refArea: string;
  fileSha256: string | null;
  /** How the figures came: 'file' (an upload or import) or 'grid' (typed in the data-entry grid). */
  origin: 'file' | 'grid';
  metadata?: Record<string, unknown>;
  roundId?: number | null;
  createdBy?: number | null;
}

export interface SubmissionRecord {
  id: number;
  table: string;
  refArea: string;
  status: string;
  fileSha256: string | null;
  origin: string;
  observationCount: number;
  /** The validation report as saved (JSON), if any. */
  report: unknown;
  createdAt: string;
}

export async function createDraftSubmission(
  db: Kysely<Database>,
  draft: NewDraftSubmission,
): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('submissions')
    .values({
      table_id: draft.table.id,
      ref_area: draft.refArea,
      round_id: draft.roundId ?? null,
      status: 'draft',
      file_sha256: draft.fileSha256,
      origin: draft.origin,
      metadata: JSON.stringify(draft.metadata ?? {}),
      report: null,
      observation_count: 0,
      created_by: draft.createdBy ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Empties a draft for its file to be staged again (a new version, or a re-check). */
export async function restageDraftSubmission(
  db: Kysely<Database>,
  id: number,
  fileSha256: string,
): Promise<void> {
  await db.deleteFrom('staged_observations').where('submission_id', '=', id).execute();
  await db
    .updateTable('submissions')
    .set({
      file_sha256: fileSha256,
      report: null,
      observation_count: 0,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Saves the report and the number of staged observations once staging is done. */
export async function completeDraftSubmission(
  db: Kysely<Database>,
  id: number,
  result: { report: unknown; observationCount: number },
): Promise<void> {
  await db
    .updateTable('submissions')
    .set({
      report: JSON.stringify(result.report),
      observation_count: result.observationCount,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** The submission already made from this file, for this table and country when given. */
export async function findSubmissionByFile(
  db: Kysely<Database>,
  file: {
    sha256: string;
    table?: string | undefined;
    refArea?: string | undefined;
    /** Only a submission that staged observations (not one that recorded a rejected file). */
    staged?: boolean;
  },
): Promise<SubmissionRecord | undefined> {
  let query = db.selectFrom('submissions').selectAll().where('file_sha256', '=', file.sha256);
  if (file.table) query = query.where('table_id', '=', file.table);
  if (file.refArea) query = query.where('ref_area', '=', file.refArea);
  if (file.staged) query = query.where('observation_count', '>', 0);
  const row = await query.orderBy('id').executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function getSubmission(db: Kysely<Database>, id: number): Promise<SubmissionRecord | undefined> {
  const row = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

function toRecord(row: Selectable<SubmissionTable>): SubmissionRecord {
  return {
    id: Number(row.id),
    table: row.table_id,
    refArea: row.ref_area,
    status: row.status,
    fileSha256: row.file_sha256,
    origin: row.origin,
    observationCount: row.observation_count,
    report: row.report === null ? null : JSON.parse(row.report),
    createdAt: row.created_at,
  };
}

/** Optional attribute columns a batch fills; left out, they take their defaults (A, F, null). */
export interface StagedAttributes {
  status: boolean;
  conf: boolean;
  note: boolean;
}

const ALL_ATTRIBUTES: StagedAttributes = { status: true, conf: true, note: true };

/** The staged_observations columns a table's rows fill, in the order of stagedValues. */
export function stagedColumns(table: TableDef, attributes: StagedAttributes = ALL_ATTRIBUTES): string[] {
  const slots = DIM_SLOTS.slice(0, breakdownDimensions(table).length);
  return [
    'submission_id',
    'source_row',
    'table_id',
    'ref_area',
    'time_period',
    ...slots,
    'obs_value',
    ...(attributes.status ? ['obs_status'] : []),
    ...(attributes.conf ? ['conf_status'] : []),
    ...(attributes.note ? ['obs_note'] : []),
    ...(table.survey ? ['cv', 'sample_n'] : []),
  ];
}

/** One staged row's values, in stagedColumns order. */
export function stagedValues(
  table: TableDef,
  dimensions: readonly string[],
  submissionId: number,
  observation: Observation,
  sourceRow: number | null,
  attributes: StagedAttributes = ALL_ATTRIBUTES,
): unknown[] {
  const { key } = observation;
  const values: unknown[] = [submissionId, sourceRow, table.id, key.REF_AREA, key.TIME_PERIOD];
  for (const dimension of dimensions) values.push(key[dimension]);
  values.push(observation.value);
  if (attributes.status) values.push(observation.status);
  if (attributes.conf) values.push(observation.conf);
  if (attributes.note) values.push(observation.note ?? null);
  if (table.survey) values.push(observation.cv ?? null, observation.sampleN ?? null);
  return values;
}

/** Staged observations of a submission in file order, with the row each came from. */
export async function listStagedObservations(
  db: Kysely<Database>,
  submissionId: number,
  table: TableDef,
): Promise<{ observation: Observation; sourceRow: number | null }[]> {
  const rows = await db
    .selectFrom('staged_observations')
    .selectAll()
    .where('submission_id', '=', submissionId)
    .orderBy('source_row')
    .execute();
  return rows.map((row) => ({ observation: rowToObservation(row, table), sourceRow: row.source_row }));
}
