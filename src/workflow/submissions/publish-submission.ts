// Publishing an accepted submission creates an immutable release of its table from the staged
// observations. Each warning's justification becomes the footnote (OBS_NOTE) of the value it
// explains; a group's note goes to each cell of the group, and the note of a group with no cell
// in the file (a series that stopped, a table-wide gap) to the release notes. Runs inside the
// caller's transaction, with the status change and the audit entry.
// A submission whose metadata names its source series (`sourceId`, FRAMEWORK §5, §9) publishes
// a release of that source and edition (`sourceEdition`, by default the reference year: the
// newest period it reports), so a later edition revises the cells it covers.
import { getTable } from '../../framework/index.js';
import type { Observation } from '../../framework/observation.js';
import type { TableDef } from '../../framework/types.js';
import { rowToObservation } from '../../store/observation-row.js';
import { type JustificationRecord, listJustifications } from '../../store/repositories/justifications.js';
import { publishRelease } from '../../store/repositories/releases.js';
import { publishSourceMetadataDrafts } from '../../store/repositories/source-metadata.js';
import { listStagedRows, type SubmissionRow } from '../../store/repositories/submission-records.js';
import type { StoreTx } from '../../store/store.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { formatCellKey } from './cell-key.js';
import { isJustifiedBy, parseReport, type ReportIssue, readReportIssues } from './report-issues.js';

export interface PublishOptions {
  /** Publication time; a future time is an embargo. Defaults to now. */
  publishAt?: string;
  notes?: string | null;
}

export async function publishSubmissionTx(
  tx: StoreTx,
  actor: Actor,
  submission: SubmissionRow,
  options: PublishOptions,
): Promise<{ releaseId: number; observationCount: number; publishedAt: string }> {
  const table = getTable(submission.table_id);
  if (!table) throw new WorkflowError('TABLE_NOT_FOUND', 422, { id: submission.table_id });
  const staged = await listStagedRows(tx.db, submission.id);
  const warnings = readReportIssues(parseReport(submission.report), table).filter(
    (i) => i.severity === 'warning',
  );
  const justifications = await listJustifications(tx.db, submission.id);
  const notes = [options.notes ?? null, ...listTableWideNotes(warnings, justifications)].filter(Boolean);
  const publishedAt = options.publishAt ?? new Date().toISOString();
  const sourceEdition = readSourceEdition(submission.metadata, staged);
  const release = await publishRelease(tx, {
    table,
    sourceEdition,
    publishedAt,
    createdBy: actor.id,
    submissionId: submission.id,
    fileSha256: submission.file_sha256,
    notes: notes.length > 0 ? notes.join('\n') : null,
    source: {
      publisher: `National correspondent, ${submission.ref_area}`,
      submission: submission.id,
      country: submission.ref_area,
      ...(sourceEdition ? { id: sourceEdition.id, edition: sourceEdition.edition } : {}),
    },
    observations: staged.map((row) => ({
      observation: withFootnote(
        rowToObservation(row, table),
        row.source_row,
        table,
        warnings,
        justifications,
      ),
      sourceRow: row.source_row,
    })),
  });
  // The reference metadata reviewed with these figures become public with them.
  await publishSourceMetadataDrafts(tx.db, {
    country: submission.ref_area,
    table: table.id,
    releaseId: release.id,
    publishedAt,
  });
  return { releaseId: release.id, observationCount: release.observationCount, publishedAt };
}

function withFootnote(
  observation: Observation,
  sourceRow: number | null,
  table: TableDef,
  warnings: readonly ReportIssue[],
  justifications: readonly JustificationRecord[],
): Observation {
  const key = formatCellKey(table, observation.key);
  const texts = new Set<string>();
  for (const warning of warnings) {
    const atThisCell = (sourceRow !== null && warning.row === sourceRow) || warning.key === key;
    if (!atThisCell) continue;
    const justification = justifications.filter((j) => isJustifiedBy(warning, j)).at(-1);
    if (justification) texts.add(justification.text);
  }
  if (texts.size === 0) return observation;
  const note = [observation.note, ...texts].filter(Boolean).join(' | ');
  return { ...observation, note };
}

/** The notes of groups none of whose warnings sits at a cell: "group — note", once each. */
function listTableWideNotes(
  warnings: readonly ReportIssue[],
  justifications: readonly JustificationRecord[],
): string[] {
  const notes: string[] = [];
  for (const j of justifications) {
    if (!j.group) continue;
    const members = warnings.filter((w) => w.group === j.group);
    if (members.length === 0 || members.some((w) => w.row !== null || w.key !== null)) continue;
    const latest = justifications.filter((other) => other.group === j.group).at(-1);
    if (latest !== j) continue;
    notes.push(`${j.group}: ${j.text}`);
  }
  return notes;
}

/** The source series and edition the submission's metadata names; null when it names none. */
function readSourceEdition(
  metadataJson: string,
  staged: readonly { time_period: string }[],
): { id: string; edition: string } | null {
  let metadata: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(metadataJson) as unknown;
    if (parsed && typeof parsed === 'object') metadata = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  const id = typeof metadata.sourceId === 'string' ? metadata.sourceId.trim() : '';
  if (id === '') return null;
  const named = typeof metadata.sourceEdition === 'string' ? metadata.sourceEdition.trim() : '';
  const referenceYear =
    staged
      .map((r) => r.time_period)
      .sort()
      .at(-1) ?? '';
  return { id, edition: named || referenceYear };
}
