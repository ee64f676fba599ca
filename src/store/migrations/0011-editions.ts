// Editions and revisions as data (FRAMEWORK §9): a release names the source series it belongs
// to (`source_id`) and its edition (`source_edition`, sortable), so that a newer edition of the
// same source revises exactly the cells it covers, and the file it came from (`file_sha256`);
// an observation may say where it stands in its original source file (`source_ref`).
// Older releases keep NULL: they came from no named source and supersede as before.
import type { Kysely } from 'kysely';
import type { DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('releases').addColumn('source_id', 'text').execute();
  await db.schema.alterTable('releases').addColumn('source_edition', 'text').execute();
  await db.schema.alterTable('releases').addColumn('file_sha256', 'text').execute();
  await db.schema
    .createIndex('releases_source_edition')
    .on('releases')
    .columns(['table_id', 'source_id', 'source_edition'])
    .execute();
  await db.schema.alterTable('observations').addColumn('source_ref', 'text').execute();
  // The revision list of a release reads what it superseded.
  await db.schema
    .createIndex('observations_superseded_by')
    .on('observations')
    .column('superseded_by')
    .execute();
}
