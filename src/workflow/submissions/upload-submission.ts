// An upload becomes a draft submission through the ingest pipeline (read, map, validate, stage,
// keep the original file), behind the one-function port below. The workflow adds who may upload
// for which country, the round the submission belongs to, its first event and the audit entry.
import { getTable, MEMBER_STATES } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import type { FileLocation } from '../../store/repositories/files.js';
import {
  findSubmission,
  insertSubmissionEvent,
  setSubmissionRound,
} from '../../store/repositories/submission-records.js';
import { insertSubmissionVersion } from '../../store/repositories/submission-versions.js';
import type { Store, StoreTx } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import { type Actor, canReadCountry } from '../roles.js';
import { findOpenRound } from '../rounds.js';
import { WorkflowError } from '../workflow-error.js';
import { summarizeVersion } from './version-summary.js';

export interface ImportRequest {
  /** The uploaded bytes, already on disk (streamed, size-limited). */
  filePath: string;
  fileName: string;
  mediaType: string;
  table: string;
  country: string;
  userId: number;
  dataDir: string;
  /** Where the original file is kept, when not in the data directory (fileLocation(config)). */
  files?: FileLocation;
  lang: Lang;
  /** Stage into this existing draft (a new version, or a re-check) instead of a new submission. */
  into?: number;
  /** Runs inside the transaction that records the submission (see importSubmission). */
  onRecorded?: (tx: StoreTx, submissionId: number) => Promise<void>;
}

export interface ImportResult {
  /** The staged draft, or null when the pipeline refused to stage the file. */
  submissionId: number | null;
  report: unknown;
  /** The same file had already been submitted: this is its first submission. */
  duplicate?: boolean;
}

export type SubmissionImporter = (store: Store, request: ImportRequest) => Promise<ImportResult>;

export async function uploadSubmission(
  store: Store,
  importer: SubmissionImporter | undefined,
  context: AuditContext & { actor: Actor },
  input: Omit<ImportRequest, 'userId'>,
): Promise<{
  id: number;
  status: string;
  report: unknown;
  duplicate: boolean;
  /** Another submission of this table and country, still open in the round: add a version to it. */
  openSubmission?: { id: number };
}> {
  const country = input.country.trim().toUpperCase();
  if (!getTable(input.table)) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: input.table });
  if (!MEMBER_STATES.includes(country)) throw new WorkflowError('UNKNOWN_COUNTRY', 422, { country });
  if (context.actor.role === 'reviewer' || !canReadCountry(context.actor, country)) {
    throw new WorkflowError('FORBIDDEN', 403);
  }
  if (!importer) throw new WorkflowError('INGEST_UNAVAILABLE', 501);
  // The round, the first event and the audit entry are written in the import's own
  // transaction: a submission never exists without them, nor they without it.
  const recorded = new Map<number, string>();
  const onRecorded = async (tx: StoreTx, id: number): Promise<void> => {
    const row = await findSubmission(tx.db, id);
    if (!row) throw new Error(`ingest recorded submission ${id}, which does not exist`);
    if (!canReadCountry(context.actor, row.ref_area)) throw new WorkflowError('FORBIDDEN', 403);
    if (row.round_id === null) {
      const round = await findOpenRound(tx.db);
      if (round) await setSubmissionRound(tx.db, id, round.id);
    }
    await insertSubmissionVersion(tx.db, {
      submissionId: id,
      n: 1,
      fileSha256: row.file_sha256,
      fileName: input.fileName,
      createdBy: context.actor.id,
      summary: summarizeVersion(row),
    });
    await insertSubmissionEvent(tx.db, {
      submissionId: id,
      action: 'upload',
      from: null,
      to: row.status,
      actorId: context.actor.id,
      at: new Date().toISOString(),
    });
    await audit(tx.db, context, {
      action: 'submission.upload',
      entityType: 'submission',
      entityId: id,
      details: { table: row.table_id, country: row.ref_area, file: row.file_sha256, name: input.fileName },
    });
    recorded.set(id, row.status);
  };
  const result = await importer(store, { ...input, country, userId: context.actor.id, onRecorded });
  if (result.submissionId === null) {
    throw new WorkflowError('IMPORT_REJECTED', 422, {}, { report: result.report });
  }
  const id = result.submissionId;
  const duplicate = Boolean(result.duplicate);
  let status = recorded.get(id);
  if (status === undefined) {
    // A duplicate (or an importer that does not call back): nothing new was recorded.
    const row = await findSubmission(store.db, id);
    if (!row) throw new Error(`ingest returned submission ${id}, which does not exist`);
    if (!canReadCountry(context.actor, row.ref_area)) throw new WorkflowError('FORBIDDEN', 403);
    status = row.status;
  }
  const open = await findOpenSibling(store, id);
  return { id, status, report: result.report, duplicate, ...(open ? { openSubmission: open } : {}) };
}

/** The earliest other draft or returned submission of the same table, country and round. */
async function findOpenSibling(store: Store, id: number): Promise<{ id: number } | undefined> {
  const row = await findSubmission(store.db, id);
  if (!row) return undefined;
  let query = store.db
    .selectFrom('submissions')
    .select('id')
    .where('table_id', '=', row.table_id)
    .where('ref_area', '=', row.ref_area)
    .where('status', 'in', ['draft', 'returned'])
    .where('id', '!=', id);
  query =
    row.round_id === null ? query.where('round_id', 'is', null) : query.where('round_id', '=', row.round_id);
  const sibling = await query.orderBy('id').executeTakeFirst();
  return sibling ? { id: sibling.id } : undefined;
}
