// Web data entry: the grid drafts a correspondent types, cell by cell. A draft holds only the
// cells typed over the published figures (one draft per table and country, shared by the
// country's correspondents); each browser's last applied edit number makes resent edits
// harmless after a dropped connection, and outlives the draft so a late replay stays a no-op.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await addIdColumn(db.schema.createTable('entry_drafts'), dialect)
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('entry_drafts_table_area', ['table_id', 'ref_area'])
    .execute();
  await db.schema
    .createTable('entry_cells')
    .addColumn('draft_id', 'integer', (c) => c.notNull().references('entry_drafts.id').onDelete('cascade'))
    .addColumn('cell_key', 'text', (c) => c.notNull())
    .addColumn('obs_value', 'double precision')
    .addColumn('obs_status', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('obs_note', 'text')
    .addColumn('updated_by', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_cells_pk', ['draft_id', 'cell_key'])
    .execute();
  await db.schema
    .createTable('entry_clients')
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entry_clients_pk', ['table_id', 'ref_area', 'client_id'])
    .execute();
}
