// PUT /api/entry/:table/:country/cells — a batch of cell edits from one browser. Each edit
// carries the browser's id and a growing number: an edit at or below the last number applied
// from that browser is a replay (its answer was lost with the connection) and changes nothing.
// A cell typed back to its published figure, or emptied where nothing was published, leaves
// the draft; a published figure that is emptied stays, empty, and must say why.
import type { Observation } from '../../framework/observation.js';
import type { Lang } from '../../framework/types.js';
import {
  type DraftCellRecord,
  type DraftScope,
  deleteDraft,
  deleteDraftCell,
  ensureDraft,
  findDraft,
  readClientSeq,
  saveDraftCell,
  writeClientSeq,
} from '../../store/repositories/entry-drafts.js';
import type { Store } from '../../store/store.js';
import type { Actor } from '../roles.js';
import { formatCellKey } from '../submissions/cell-key.js';
import { WorkflowError } from '../workflow-error.js';
import { assertCanEditEntry, type EntryScope, resolveEntryScope } from './entry-scope.js';
import { composeDraft, parseCellKey } from './grid-cells.js';
import { loadEntryContext } from './load-entry-context.js';
import { validateDraft } from './validate-draft.js';

export interface CellEdit {
  seq: number;
  key: string;
  value: number | null;
  /** '' for a value, or L, M, O, Q for an empty one. */
  status: string;
  note?: string | null;
}

export interface EditBatch {
  client: string;
  edits: CellEdit[];
}

export async function saveEntryEdits(
  store: Store,
  actor: Actor,
  request: { table: string; country: string; lang: Lang },
  batch: EditBatch,
) {
  const scope = resolveEntryScope(request.table, request.country);
  assertCanEditEntry(actor, scope);
  for (const edit of batch.edits) assertCellOfScope(scope, edit.key);
  const context = await loadEntryContext(store.db, scope);
  const published = new Map(context.published.map((o) => [formatCellKey(scope.table, o.key), o]));
  const draftScope: DraftScope = { table: scope.table.id, country: scope.country };
  const at = new Date().toISOString();
  const outcome = await store.transaction(async (tx) => {
    const lastSeq = await readClientSeq(tx.db, draftScope, batch.client);
    const fresh = [...batch.edits].sort((a, b) => a.seq - b.seq).filter((e) => e.seq > lastSeq);
    if (fresh.length === 0) return { applied: 0, lastSeq };
    const draftId = await ensureDraft(tx.db, draftScope, actor.id, at);
    for (const edit of fresh) {
      const cell = normalizeEdit(edit);
      if (isBaseline(cell, published.get(cell.key))) await deleteDraftCell(tx.db, draftId, cell.key);
      else await saveDraftCell(tx.db, draftId, cell, actor.id, at);
    }
    const newSeq = (fresh.at(-1) as CellEdit).seq;
    await writeClientSeq(tx.db, draftScope, batch.client, newSeq, at);
    const left = await findDraft(tx.db, draftScope);
    if (left && left.cells.length === 0) await deleteDraft(tx.db, draftScope);
    return { applied: fresh.length, lastSeq: newSeq };
  });
  const draft = await findDraft(store.db, draftScope);
  const observations = composeDraft(scope.table, context.published, draft?.cells ?? []);
  return {
    ...outcome,
    draft: draft ? { updatedAt: draft.updatedAt } : null,
    ...validateDraft(scope, observations, context.validation, request.lang),
  };
}

function assertCellOfScope(scope: EntryScope, key: string): void {
  const codes = parseCellKey(scope.table, key);
  if (!codes || codes.REF_AREA !== scope.country || !/^\d{4}$/.test(codes.TIME_PERIOD ?? '')) {
    throw new WorkflowError('INVALID_CELL_KEY', 400, { key });
  }
}

function normalizeEdit(edit: CellEdit): DraftCellRecord {
  const note = edit.note?.trim() ?? '';
  return { key: edit.key, value: edit.value, status: edit.status, note: note === '' ? null : note };
}

/** The cell says what is already published (or, unpublished, says nothing at all). */
function isBaseline(cell: DraftCellRecord, published: Observation | undefined): boolean {
  if (!published) return cell.value === null && cell.status === '' && cell.note === null;
  const status = (s: string) => (s === '' || s === 'A' ? 'A' : s);
  return (
    published.value === cell.value &&
    status(published.status) === status(cell.status) &&
    (published.note ?? null) === cell.note
  );
}
