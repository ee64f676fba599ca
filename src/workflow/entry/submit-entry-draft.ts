// POST /api/entry/:table/:country/submit — a draft becomes a submission exactly as an upload
// does: it is written as the canonical long CSV (one column per dimension, then OBS_VALUE,
// OBS_STATUS, OBS_NOTE) and that file goes through uploadSubmission and the ingest, so the
// reviewer finds a normal submission with its file, report and observations. A draft with
// errors is refused with its issues. A cell's note justifies the warning on that cell (it
// becomes the value's footnote either way); the submission is then sent to review, or stays
// a draft when a warning is left without justification.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDemoCsv } from '../../demo/demo-csv.js';
import type { Observation } from '../../framework/observation.js';
import type { Lang } from '../../framework/types.js';
import { PRIVATE_FILE_MODE } from '../../store/private-files.js';
import { deleteDraft, findDraft } from '../../store/repositories/entry-drafts.js';
import type { FileLocation } from '../../store/repositories/files.js';
import type { Store } from '../../store/store.js';
import type { AuditContext } from '../audit-actor.js';
import type { Mailer } from '../mail/send-mail.js';
import type { Actor } from '../roles.js';
import { addJustification } from '../submissions/annotate-submission.js';
import { readReportIssues } from '../submissions/report-issues.js';
import { transitionSubmission } from '../submissions/transition-submission.js';
import { type SubmissionImporter, uploadSubmission } from '../submissions/upload-submission.js';
import { WorkflowError } from '../workflow-error.js';
import { assertCanEditEntry, type EntryScope, resolveEntryScope } from './entry-scope.js';
import { composeDraft } from './grid-cells.js';
import { loadEntryContext } from './load-entry-context.js';
import { FIRST_ROW, validateDraft } from './validate-draft.js';

export interface EntrySubmitDeps {
  store: Store;
  mailer: Mailer | null;
  importer: SubmissionImporter | undefined;
  dataDir: string;
  files?: FileLocation;
}

export interface EntrySubmitOutcome {
  id: number;
  status: string;
  /** Warnings still to justify on the submission's page before it can be sent. */
  justificationsMissing: number;
}

export async function submitEntryDraft(
  deps: EntrySubmitDeps,
  context: AuditContext & { actor: Actor },
  request: { table: string; country: string; lang: Lang },
): Promise<EntrySubmitOutcome> {
  const scope = resolveEntryScope(request.table, request.country);
  assertCanEditEntry(context.actor, scope);
  const { store } = deps;
  const entry = await loadEntryContext(store.db, scope);
  const draft = await findDraft(store.db, { table: scope.table.id, country: scope.country });
  if (!draft) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'the grid has no draft to submit' });
  const observations = composeDraft(scope.table, entry.published, draft.cells);
  const validation = validateDraft(scope, observations, entry.validation, request.lang);
  if (validation.summary.errors > 0) {
    throw new WorkflowError('SUBMISSION_HAS_ERRORS', 422, { count: validation.summary.errors }, validation);
  }
  const upload = await uploadCanonicalFile(deps, context, scope, observations, request.lang);
  // The ingest found what the grid did not (it should not): the draft stays to be corrected.
  const errors = readIssues(scope, upload.report).filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new WorkflowError('SUBMISSION_HAS_ERRORS', 422, { count: errors.length });
  await deleteDraft(store.db, { table: scope.table.id, country: scope.country });
  const unjustified = await justifyFromNotes(deps, context, scope, upload.id, upload.report, observations);
  if (unjustified > 0) return { id: upload.id, status: upload.status, justificationsMissing: unjustified };
  const sent = await transitionSubmission(store, deps.mailer, context, upload.id, { action: 'submit' });
  return { id: sent.id, status: sent.status, justificationsMissing: 0 };
}

async function uploadCanonicalFile(
  deps: EntrySubmitDeps,
  context: AuditContext & { actor: Actor },
  scope: EntryScope,
  observations: readonly Observation[],
  lang: Lang,
) {
  const directory = join(deps.dataDir, 'tmp');
  await mkdir(directory, { recursive: true });
  const path = join(directory, `entry-${randomBytes(8).toString('hex')}.csv`);
  const day = new Date().toISOString().slice(0, 10);
  try {
    await writeFile(path, formatDemoCsv(scope.table, observations), {
      encoding: 'utf8',
      mode: PRIVATE_FILE_MODE,
    });
    const upload = await uploadSubmission(deps.store, deps.importer, context, {
      filePath: path,
      fileName: `${scope.table.id}-${scope.country}-data-entry-${day}.csv`,
      mediaType: 'text/csv',
      table: scope.table.id,
      country: scope.country,
      dataDir: deps.dataDir,
      ...(deps.files ? { files: deps.files } : {}),
      lang,
    });
    if (upload.duplicate && upload.status !== 'draft') {
      throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action: 'submit', status: upload.status });
    }
    return upload;
  } finally {
    await rm(path, { force: true });
  }
}

/** Justifies each warning at a cell with a note by that note; returns how many stay unjustified. */
async function justifyFromNotes(
  deps: EntrySubmitDeps,
  context: AuditContext & { actor: Actor },
  scope: EntryScope,
  id: number,
  report: unknown,
  observations: readonly Observation[],
): Promise<number> {
  const warnings = readIssues(scope, report).filter((i) => i.severity === 'warning');
  let unjustified = 0;
  for (const warning of warnings) {
    const note = warning.row === null ? undefined : observations[warning.row - FIRST_ROW]?.note;
    if (note) await addJustification(deps.store, context, id, { row: warning.row, text: note });
    else unjustified += 1;
  }
  return unjustified;
}

function readIssues(scope: EntryScope, report: unknown) {
  const object = report && typeof report === 'object' ? (report as Record<string, unknown>) : null;
  return readReportIssues(object, scope.table);
}
