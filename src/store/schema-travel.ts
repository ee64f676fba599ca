// The tables of data that travels (migration 0013-bulk-and-metadata) as Kysely sees them.
import type { Generated } from 'kysely';

/** A pending regeneration of a table's bulk files, due when its release becomes public. */
export interface BulkJobTable {
  id: Generated<number>;
  table_id: string;
  due_at: string;
  created_at: string;
  attempts: Generated<number>;
  /** Who runs it, until when: past lease_until another process may take it over. */
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
}

/** One generated bulk file (gzip or zip bytes, in base64), served as it is. */
export interface BulkFileTable {
  name: string;
  table_id: string | null;
  media_type: string;
  content: string;
  sha256: string;
  size: number;
  generated_at: string;
  /** JSON: the ids of the releases the file draws on. */
  release_ids: string;
}

/** FRAMEWORK §5 submission metadata of one country × table × source edition. */
export interface SourceMetadataTable {
  id: Generated<number>;
  ref_area: string;
  table_id: string;
  edition: string;
  /** 'draft' (the correspondent's, reviewed with the data) or 'published'. */
  state: string;
  /** JSON: the §5 fields. */
  fields: string;
  updated_by: number | null;
  updated_at: string;
  release_id: number | null;
  published_at: string | null;
}

export interface TravelTables {
  bulk_jobs: BulkJobTable;
  bulk_files: BulkFileTable;
  source_metadata: SourceMetadataTable;
}
