// A submission through its versions (issue 17). A corrected file uploaded to a draft or returned
// submission becomes its version n+1: the staged values and report are replaced, the comments
// stay, and each justification carries over to the warning of the new version that is the
// same warning (see warningIdentity). "Check again" reads the current version's file anew with
// the code mappings saved since, without a new version. Dead drafts can be withdrawn in bulk.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getTable } from '../../framework/index.js';
import type { Lang } from '../../framework/types.js';
import { PRIVATE_FILE_MODE } from '../../store/private-files.js';
import { type FileLocation, fileStoragePath, readOriginalFile } from '../../store/repositories/files.js';
import { listJustifications } from '../../store/repositories/justifications.js';
import {
  findSubmission,
  insertSubmissionEvent,
  type SubmissionRow,
} from '../../store/repositories/submission-records.js';
import {
  findSubmissionVersion,
  insertSubmissionVersion,
  keepSupersededVersion,
  setCurrentVersion,
  updateVersionSummary,
} from '../../store/repositories/submission-versions.js';
import type { Store, StoreTx } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Mailer } from '../mail/send-mail.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { carryOverJustifications, readCells } from './carry-over-justifications.js';
import { loadReadableSubmission } from './submission-access.js';
import { transitionSubmission } from './transition-submission.js';
import type { SubmissionImporter } from './upload-submission.js';
import { summarizeVersion } from './version-summary.js';

const EDITABLE = new Set(['draft', 'returned']);

type Context = AuditContext & { actor: Actor };

export interface VersionUpload {
  filePath: string;
  fileName: string;
  mediaType: string;
  dataDir: string;
  /** Where original files are kept (database, shared directory); the data directory otherwise. */
  files?: FileLocation;
  lang: Lang;
}

export interface VersionOutcome {
  id: number;
  status: string;
  version: number;
  report: unknown;
  carriedJustifications: number;
}

export async function addSubmissionVersion(
  store: Store,
  importer: SubmissionImporter | undefined,
  context: Context,
  id: number,
  upload: VersionUpload,
): Promise<VersionOutcome> {
  const before = await loadEditable(store, context, id, 'version');
  if (!importer) throw new WorkflowError('INGEST_UNAVAILABLE', 501);
  const table = getTable(before.table_id);
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: before.table_id });
  const previous = await readCells(store, table, id);
  const previousJustifications = await listJustifications(store.db, id, before.version);
  const next = before.version + 1;
  let carried = 0;
  const onRecorded = async (tx: StoreTx, recordedId: number): Promise<void> => {
    if (recordedId !== id) throw new Error(`ingest staged ${recordedId} instead of submission ${id}`);
    // The version number is re-checked by the update: two uploads at once cannot both be v(n+1).
    if (!(await setCurrentVersion(tx.db, id, before.version, next))) {
      throw new WorkflowError('VERSION_CONFLICT', 409);
    }
    const row = (await findSubmission(tx.db, id))!;
    await keepSupersededVersion(tx.db, id, before.version, { report: before.report, cells: previous.cells });
    carried = await carryOverJustifications(tx, table, {
      id,
      version: next,
      oldReport: before.report,
      oldKeyOfRow: previous.keyOfRow,
      newReport: row.report,
      justifications: previousJustifications,
    });
    await insertSubmissionVersion(tx.db, {
      submissionId: id,
      n: next,
      fileSha256: row.file_sha256,
      fileName: upload.fileName,
      createdBy: context.actor.id,
      summary: summarizeVersion(row, { carriedJustifications: carried }),
    });
    await insertSubmissionEvent(tx.db, {
      submissionId: id,
      action: 'version',
      from: before.status,
      to: row.status,
      actorId: context.actor.id,
      at: new Date().toISOString(),
      message: `v${next}`,
    });
    await audit(tx.db, context, {
      action: 'submission.version',
      entityType: 'submission',
      entityId: id,
      details: { version: next, file: row.file_sha256, name: upload.fileName, carried },
    });
  };
  const result = await importer(store, {
    filePath: upload.filePath,
    fileName: upload.fileName,
    mediaType: upload.mediaType,
    table: before.table_id,
    country: before.ref_area,
    userId: context.actor.id,
    dataDir: upload.dataDir,
    ...(upload.files ? { files: upload.files } : {}),
    lang: upload.lang,
    into: id,
    onRecorded,
  });
  if (result.submissionId !== id) {
    throw new WorkflowError('IMPORT_REJECTED', 422, {}, { report: result.report });
  }
  const after = (await findSubmission(store.db, id))!;
  if (after.version !== next) throw new WorkflowError('IMPORT_REJECTED', 422, {}, { report: result.report });
  return { id, status: after.status, version: next, report: result.report, carriedJustifications: carried };
}

/** Reads the current version's file again with the mappings saved since; no new version. */
export async function recheckSubmission(
  store: Store,
  importer: SubmissionImporter | undefined,
  context: Context,
  id: number,
  options: { dataDir: string; files?: FileLocation; lang: Lang },
): Promise<VersionOutcome> {
  const before = await loadEditable(store, context, id, 'recheck');
  if (!importer) throw new WorkflowError('INGEST_UNAVAILABLE', 501);
  if (!before.file_sha256) throw new WorkflowError('NO_FILE_TO_RECHECK', 409);
  const file = await store.db
    .selectFrom('files')
    .select(['original_name', 'media_type', 'storage_path'])
    .where('sha256', '=', before.file_sha256)
    .executeTakeFirst();
  if (!file) throw new WorkflowError('NO_FILE_TO_RECHECK', 409);
  const version = await findSubmissionVersion(store.db, id, before.version);
  const fileName = version?.file_name ?? file.original_name;
  const onRecorded = async (tx: StoreTx, recordedId: number): Promise<void> => {
    if (recordedId !== id) throw new Error(`ingest staged ${recordedId} instead of submission ${id}`);
    const row = (await findSubmission(tx.db, id))!;
    if (row.version !== before.version) throw new WorkflowError('VERSION_CONFLICT', 409);
    const previous = version ? (JSON.parse(version.summary) as Record<string, unknown>) : {};
    const summary = summarizeVersion(row, {
      ...(typeof previous.carriedJustifications === 'number'
        ? { carriedJustifications: previous.carriedJustifications }
        : {}),
    });
    if (version) await updateVersionSummary(tx.db, id, before.version, summary);
    else {
      await insertSubmissionVersion(tx.db, {
        submissionId: id,
        n: before.version,
        fileSha256: row.file_sha256,
        fileName,
        createdBy: row.created_by,
        summary,
        at: row.created_at,
      });
    }
    await insertSubmissionEvent(tx.db, {
      submissionId: id,
      action: 'recheck',
      from: before.status,
      to: row.status,
      actorId: context.actor.id,
      at: new Date().toISOString(),
      message: `v${before.version}`,
    });
    await audit(tx.db, context, {
      action: 'submission.recheck',
      entityType: 'submission',
      entityId: id,
      details: { version: before.version, errors: summary.errors, warnings: summary.warnings },
    });
  };
  // The kept original may live in the database or a shared directory: read it into a private
  // temporary file for the reader, as an upload is.
  const bytes = await readOriginalFile(store.db, options.files ?? options.dataDir, {
    sha256: before.file_sha256,
    storage_path: file.storage_path || fileStoragePath(before.file_sha256),
  });
  if (!bytes) throw new WorkflowError('NO_FILE_TO_RECHECK', 409);
  const temporary = join(options.dataDir, 'tmp', `recheck-${randomBytes(8).toString('hex')}`);
  await mkdir(dirname(temporary), { recursive: true });
  await writeFile(temporary, bytes, { mode: PRIVATE_FILE_MODE });
  const result = await importer(store, {
    filePath: temporary,
    fileName,
    mediaType: file.media_type,
    table: before.table_id,
    country: before.ref_area,
    userId: context.actor.id,
    dataDir: options.dataDir,
    ...(options.files ? { files: options.files } : {}),
    lang: options.lang,
    into: id,
    onRecorded,
  }).finally(() => rm(temporary, { force: true }));
  if (result.submissionId !== id) {
    throw new WorkflowError('IMPORT_REJECTED', 422, {}, { report: result.report });
  }
  const after = (await findSubmission(store.db, id))!;
  return {
    id,
    status: after.status,
    version: after.version,
    report: result.report,
    carriedJustifications: 0,
  };
}

/** Withdraws each submission it can; says which it could not, and why. */
export async function withdrawSubmissions(
  store: Store,
  mailer: Mailer | null,
  context: Context,
  ids: readonly number[],
): Promise<{ withdrawn: number[]; refused: { id: number; code: string }[] }> {
  const withdrawn: number[] = [];
  const refused: { id: number; code: string }[] = [];
  for (const id of new Set(ids)) {
    try {
      await transitionSubmission(store, mailer, context, id, { action: 'withdraw' });
      withdrawn.push(id);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      refused.push({ id, code: error.code });
    }
  }
  return { withdrawn, refused };
}

async function loadEditable(
  store: Store,
  context: Context,
  id: number,
  action: string,
): Promise<SubmissionRow> {
  const row = await loadReadableSubmission(store.db, context.actor, id);
  if (context.actor.role === 'reviewer') throw new WorkflowError('FORBIDDEN', 403);
  if (!EDITABLE.has(row.status)) {
    throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action, status: row.status });
  }
  return row;
}
