// Data that travels (issue 20). Bulk files are regenerated off the request path by jobs kept in
// the store, so any process may run them and a crash leaves the job to be retried when its lease
// runs out; a job is due at its release's publication time, so an embargo that ends is picked up
// by the same runner. Reference metadata on sources (FRAMEWORK §5) is kept per country × table ×
// source edition: a correspondent's draft, published with the next release of that table.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await addIdColumn(db.schema.createTable('bulk_jobs'), dialect)
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('bulk_jobs_due').on('bulk_jobs').columns(['due_at']).execute();
  await db.schema
    .createTable('bulk_files')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('table_id', 'text')
    .addColumn('media_type', 'text', (c) => c.notNull())
    // Base64 text, not a blob: backups carry every table as JSON lines, and bytes survive them so.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('generated_at', 'text', (c) => c.notNull())
    .addColumn('release_ids', 'text', (c) => c.notNull())
    .execute();
  await addIdColumn(db.schema.createTable('source_metadata'), dialect)
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('edition', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('release_id', 'integer')
    .addColumn('published_at', 'text')
    .addUniqueConstraint('source_metadata_key', ['ref_area', 'table_id', 'edition', 'state'])
    .execute();
}
