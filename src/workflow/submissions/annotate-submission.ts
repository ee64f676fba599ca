// What correspondents and reviewers add to a submission: justifications of warnings (by the
// country's correspondents while the submission is still theirs to change) and comments, per
// submission or per cell, from either side.
import { getTable } from '../../framework/index.js';
import { insertComment, listComments } from '../../store/repositories/comments.js';
import { insertJustification, type JustificationRecord } from '../../store/repositories/justifications.js';
import type { SubmissionRow } from '../../store/repositories/submission-records.js';
import type { Store } from '../../store/store.js';
import { type AuditContext, audit } from '../audit-actor.js';
import type { Actor } from '../roles.js';
import { WorkflowError } from '../workflow-error.js';
import { readCellKey } from './cell-key.js';
import { parseReport, readReportIssues } from './report-issues.js';
import { loadReadableSubmission } from './submission-access.js';

const EDITABLE = new Set(['draft', 'returned']);

export async function addJustification(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  input: { row?: number | null; key?: unknown; group?: string | undefined; text: string },
): Promise<JustificationRecord> {
  const submission = await loadReadableSubmission(store.db, context.actor, id);
  if (context.actor.role === 'reviewer') throw new WorkflowError('FORBIDDEN', 403);
  if (!EDITABLE.has(submission.status)) {
    throw new WorkflowError('TRANSITION_NOT_ALLOWED', 409, { action: 'justify', status: submission.status });
  }
  const key = readKeyInput(submission.table_id, input.key);
  const text = input.text.trim();
  if (!text) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'text is empty' });
  const group = input.group ? readGroupInput(submission, input.group) : null;
  return store.transaction(async (tx) => {
    const record = await insertJustification(tx.db, {
      submissionId: id,
      row: group ? null : (input.row ?? null),
      key: group ? null : key,
      group,
      text,
      createdBy: context.actor.id,
    });
    await audit(tx.db, context, {
      action: 'submission.justify',
      entityType: 'submission',
      entityId: id,
      details: { row: record.row, key: record.key, group, text },
    });
    return record;
  });
}

export async function addComment(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  input: { key?: unknown; text: string },
) {
  const submission = await loadReadableSubmission(store.db, context.actor, id);
  const key = readKeyInput(submission.table_id, input.key);
  const text = input.text.trim();
  if (!text) throw new WorkflowError('BAD_REQUEST', 400, { detail: 'text is empty' });
  const commentId = await store.transaction(async (tx) => {
    const created = await insertComment(tx.db, { submissionId: id, key, text, authorId: context.actor.id });
    await audit(tx.db, context, {
      action: 'submission.comment',
      entityType: 'submission',
      entityId: id,
      details: { key, commentId: created },
    });
    return created;
  });
  return (await listComments(store.db, id)).find((c) => c.id === commentId)!;
}

/** A group id of the submission's warnings; an unknown one is refused, naming the known ones. */
function readGroupInput(submission: SubmissionRow, group: string): string {
  const table = getTable(submission.table_id);
  const issues = table ? readReportIssues(parseReport(submission.report), table) : [];
  const groups = new Set(issues.filter((i) => i.severity === 'warning').map((i) => i.group));
  if (!groups.has(group)) {
    throw new WorkflowError('UNKNOWN_WARNING_GROUP', 400, { group }, { groups: [...groups] });
  }
  return group;
}

function readKeyInput(tableId: string, input: unknown): string | null {
  if (input === undefined || input === null || input === '') return null;
  const table = getTable(tableId);
  const key = table ? readCellKey(table, input) : undefined;
  if (!key) throw new WorkflowError('INVALID_CELL_KEY', 400, { key: JSON.stringify(input) });
  return key;
}
