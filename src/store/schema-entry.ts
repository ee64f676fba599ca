// The store's entry tables as Kysely sees them (migration 0007-entry).
import type { Generated } from 'kysely';

export interface EntryDraftTable {
  id: Generated<number>;
  table_id: string;
  ref_area: string;
  created_by: number;
  created_at: string;
  updated_by: number;
  updated_at: string;
}

/** A cell typed over the published figures; cell_key is the full dotted key (cell-key.ts). */
export interface EntryCellTable {
  draft_id: number;
  cell_key: string;
  obs_value: number | null;
  /** '' (normal value) or the status explaining an empty value. */
  obs_status: string;
  obs_note: string | null;
  updated_by: number;
  updated_at: string;
}

/** The last edit number applied from one browser, per table and country. */
export interface EntryClientTable {
  table_id: string;
  ref_area: string;
  client_id: string;
  last_seq: number;
  updated_at: string;
}

export interface EntryTables {
  entry_drafts: EntryDraftTable;
  entry_cells: EntryCellTable;
  entry_clients: EntryClientTable;
}
