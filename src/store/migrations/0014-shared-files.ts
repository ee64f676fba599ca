// Original files kept in the database itself, in chunks of at most 1 MiB, so that every SICREMI
// process on one PostgreSQL reads them without a shared disk. SQLite gets the same table (one
// schema for both stores) but keeps its files on disk.
import type { Kysely } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was when written
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('file_chunks')
    .addColumn('sha256', 'text', (c) => c.notNull().references('files.sha256').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('file_chunks_pk', ['sha256', 'seq'])
    .execute();
  // The audit log names the request that wrote each entry, as the access log does.
  await db.schema.alterTable('audit_log').addColumn('request_id', 'text').execute();
}
