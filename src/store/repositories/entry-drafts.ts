// Grid drafts of the web data entry: one per table and country, holding only the cells typed
// over the published figures, and each browser's last applied edit number (see 0007-entry).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface DraftCellRecord {
  key: string;
  value: number | null;
  status: string;
  note: string | null;
}

export interface DraftRecord {
  id: number;
  updatedAt: string;
  updatedBy: number;
  cells: DraftCellRecord[];
}

export interface DraftScope {
  table: string;
  country: string;
}

function selectDraft(db: Kysely<Database>, scope: DraftScope) {
  return db
    .selectFrom('entry_drafts')
    .select(['id', 'updated_at', 'updated_by'])
    .where('table_id', '=', scope.table)
    .where('ref_area', '=', scope.country)
    .executeTakeFirst();
}

export async function findDraft(db: Kysely<Database>, scope: DraftScope): Promise<DraftRecord | undefined> {
  const draft = await selectDraft(db, scope);
  if (!draft) return undefined;
  const rows = await db
    .selectFrom('entry_cells')
    .select(['cell_key', 'obs_value', 'obs_status', 'obs_note'])
    .where('draft_id', '=', draft.id)
    .orderBy('cell_key')
    .execute();
  return {
    id: Number(draft.id),
    updatedAt: draft.updated_at,
    updatedBy: Number(draft.updated_by),
    cells: rows.map((r) => ({
      key: r.cell_key,
      value: r.obs_value === null ? null : Number(r.obs_value),
      status: r.obs_status,
      note: r.obs_note,
    })),
  };
}

/** The draft's id, created empty when the table and country have none. Call inside a transaction. */
export async function ensureDraft(
  db: Kysely<Database>,
  scope: DraftScope,
  userId: number,
  at: string,
): Promise<number> {
  const found = await selectDraft(db, scope);
  if (found) {
    await db
      .updateTable('entry_drafts')
      .set({ updated_by: userId, updated_at: at })
      .where('id', '=', found.id)
      .execute();
    return Number(found.id);
  }
  const created = await db
    .insertInto('entry_drafts')
    .values({
      table_id: scope.table,
      ref_area: scope.country,
      created_by: userId,
      created_at: at,
      updated_by: userId,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(created.id);
}

export async function saveDraftCell(
  db: Kysely<Database>,
  draftId: number,
  cell: DraftCellRecord,
  userId: number,
  at: string,
): Promise<void> {
  const values = {
    obs_value: cell.value,
    obs_status: cell.status,
    obs_note: cell.note,
    updated_by: userId,
    updated_at: at,
  };
  await db
    .insertInto('entry_cells')
    .values({ draft_id: draftId, cell_key: cell.key, ...values })
    .onConflict((oc) => oc.columns(['draft_id', 'cell_key']).doUpdateSet(values))
    .execute();
}

export async function deleteDraftCell(db: Kysely<Database>, draftId: number, key: string): Promise<void> {
  await db.deleteFrom('entry_cells').where('draft_id', '=', draftId).where('cell_key', '=', key).execute();
}

export async function deleteDraft(db: Kysely<Database>, scope: DraftScope): Promise<void> {
  const draft = await selectDraft(db, scope);
  if (!draft) return;
  await db.deleteFrom('entry_cells').where('draft_id', '=', draft.id).execute();
  await db.deleteFrom('entry_drafts').where('id', '=', draft.id).execute();
}

/** The last edit number applied from this browser (0 before its first edit). */
export async function readClientSeq(
  db: Kysely<Database>,
  scope: DraftScope,
  clientId: string,
): Promise<number> {
  const row = await db
    .selectFrom('entry_clients')
    .select('last_seq')
    .where('table_id', '=', scope.table)
    .where('ref_area', '=', scope.country)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}

export async function writeClientSeq(
  db: Kysely<Database>,
  scope: DraftScope,
  clientId: string,
  seq: number,
  at: string,
): Promise<void> {
  await db
    .insertInto('entry_clients')
    .values({
      table_id: scope.table,
      ref_area: scope.country,
      client_id: clientId,
      last_seq: seq,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['table_id', 'ref_area', 'client_id']).doUpdateSet({ last_seq: seq, updated_at: at }),
    )
    .execute();
}
