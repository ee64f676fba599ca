// Generated bulk files, kept in the store so every process serves the same bytes.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface BulkFileInfo {
  name: string;
  tableId: string | null;
  mediaType: string;
  sha256: string;
  size: number;
  generatedAt: string;
  releaseIds: number[];
}

export interface BulkFile extends BulkFileInfo {
  content: Buffer;
}

const INFO_COLUMNS = [
  'name',
  'table_id',
  'media_type',
  'sha256',
  'size',
  'generated_at',
  'release_ids',
] as const;

type InfoRow = {
  name: string;
  table_id: string | null;
  media_type: string;
  sha256: string;
  size: number;
  generated_at: string;
  release_ids: string;
};

function toInfo(row: InfoRow): BulkFileInfo {
  return {
    name: row.name,
    tableId: row.table_id,
    mediaType: row.media_type,
    sha256: row.sha256,
    size: Number(row.size),
    generatedAt: row.generated_at,
    releaseIds: JSON.parse(row.release_ids) as number[],
  };
}

export async function saveBulkFile(db: Kysely<Database>, file: BulkFile): Promise<void> {
  const values = {
    table_id: file.tableId,
    media_type: file.mediaType,
    content: file.content.toString('base64'),
    sha256: file.sha256,
    size: file.size,
    generated_at: file.generatedAt,
    release_ids: JSON.stringify(file.releaseIds),
  };
  await db
    .insertInto('bulk_files')
    .values({ name: file.name, ...values })
    .onConflict((oc) => oc.column('name').doUpdateSet(values))
    .execute();
}

export async function listBulkFiles(db: Kysely<Database>): Promise<BulkFileInfo[]> {
  const rows = await db.selectFrom('bulk_files').select(INFO_COLUMNS).orderBy('name').execute();
  return rows.map(toInfo);
}

export async function getBulkFileInfo(db: Kysely<Database>, name: string): Promise<BulkFileInfo | undefined> {
  const row = await db
    .selectFrom('bulk_files')
    .select(INFO_COLUMNS)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? toInfo(row) : undefined;
}

export async function getBulkFile(db: Kysely<Database>, name: string): Promise<BulkFile | undefined> {
  const row = await db
    .selectFrom('bulk_files')
    .select([...INFO_COLUMNS, 'content'])
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? { ...toInfo(row), content: Buffer.from(row.content, 'base64') } : undefined;
}

export async function listBulkFileContents(db: Kysely<Database>): Promise<BulkFile[]> {
  const rows = await db
    .selectFrom('bulk_files')
    .select([...INFO_COLUMNS, 'content'])
    .where('table_id', 'is not', null)
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ ...toInfo(row), content: Buffer.from(row.content, 'base64') }));
}
