// Reference metadata on sources per country × table × source edition (FRAMEWORK §5). A
// correspondent's edits are a draft, one per edition; publishing the table's next release of the
// country turns its drafts into the published record of their edition, replacing the previous one.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SourceMetadataRecord {
  country: string;
  table: string;
  edition: string;
  state: 'draft' | 'published';
  fields: Record<string, unknown>;
  updatedBy: number | null;
  updatedAt: string;
  releaseId: number | null;
  publishedAt: string | null;
}

const COLUMNS = [
  'ref_area',
  'table_id',
  'edition',
  'state',
  'fields',
  'updated_by',
  'updated_at',
  'release_id',
  'published_at',
] as const;

type Row = {
  ref_area: string;
  table_id: string;
  edition: string;
  state: string;
  fields: string;
  updated_by: number | null;
  updated_at: string;
  release_id: number | null;
  published_at: string | null;
};

function toRecord(row: Row): SourceMetadataRecord {
  return {
    country: row.ref_area,
    table: row.table_id,
    edition: row.edition,
    state: row.state === 'published' ? 'published' : 'draft',
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    updatedBy: row.updated_by === null ? null : Number(row.updated_by),
    updatedAt: row.updated_at,
    releaseId: row.release_id === null ? null : Number(row.release_id),
    publishedAt: row.published_at,
  };
}

export async function saveSourceMetadataDraft(
  db: Kysely<Database>,
  draft: { country: string; table: string; edition: string; fields: object; userId: number; at: string },
): Promise<void> {
  const values = { fields: JSON.stringify(draft.fields), updated_by: draft.userId, updated_at: draft.at };
  await db
    .insertInto('source_metadata')
    .values({
      ref_area: draft.country,
      table_id: draft.table,
      edition: draft.edition,
      state: 'draft',
      ...values,
    })
    .onConflict((oc) => oc.columns(['ref_area', 'table_id', 'edition', 'state']).doUpdateSet(values))
    .execute();
}

export async function listSourceMetadata(
  db: Kysely<Database>,
  filter: { country: string; table?: string; state?: 'draft' | 'published'; publishedBy?: string },
): Promise<SourceMetadataRecord[]> {
  let q = db.selectFrom('source_metadata').select(COLUMNS).where('ref_area', '=', filter.country);
  if (filter.table) q = q.where('table_id', '=', filter.table);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.publishedBy) q = q.where('published_at', '<=', filter.publishedBy);
  const rows = await q.orderBy('table_id').orderBy('edition').orderBy('state').execute();
  return rows.map(toRecord);
}

/** Publishes the country's drafts of `table` with release `releaseId`; returns their editions. */
export async function publishSourceMetadataDrafts(
  db: Kysely<Database>,
  scope: { country: string; table: string; releaseId: number; publishedAt: string },
): Promise<string[]> {
  const drafts = await listSourceMetadata(db, { country: scope.country, table: scope.table, state: 'draft' });
  for (const draft of drafts) {
    await db
      .deleteFrom('source_metadata')
      .where('ref_area', '=', scope.country)
      .where('table_id', '=', scope.table)
      .where('edition', '=', draft.edition)
      .where('state', '=', 'published')
      .execute();
    await db
      .updateTable('source_metadata')
      .set({ state: 'published', release_id: scope.releaseId, published_at: scope.publishedAt })
      .where('ref_area', '=', scope.country)
      .where('table_id', '=', scope.table)
      .where('edition', '=', draft.edition)
      .where('state', '=', 'draft')
      .execute();
  }
  return drafts.map((d) => d.edition);
}

/** Every published record public at `at`, optionally of one table or one country. */
export async function listPublicSourceMetadata(
  db: Kysely<Database>,
  filter: { at: string; table?: string; country?: string },
): Promise<SourceMetadataRecord[]> {
  let q = db
    .selectFrom('source_metadata')
    .select(COLUMNS)
    .where('state', '=', 'published')
    .where('published_at', '<=', filter.at);
  if (filter.table) q = q.where('table_id', '=', filter.table);
  if (filter.country) q = q.where('ref_area', '=', filter.country);
  const rows = await q.orderBy('ref_area').orderBy('table_id').orderBy('edition').execute();
  return rows.map(toRecord);
}
