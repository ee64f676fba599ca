// The initial schema: framework, reference data, accounts, files, submissions, releases and
// the append-only audit log. Published observations are versioned rows (valid_from/valid_to)
// so every past release can be read back.
import type { Kysely } from 'kysely';
import { addIdColumn, addObservationColumns, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const s = db.schema;
  await s
    .createTable('framework_versions')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('codelists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('extensible', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await s
    .createTable('codes')
    .addColumn('codelist_id', 'text', (c) => c.notNull())
    .addColumn('code_id', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('parent', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('derived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added_by', 'integer')
    .addPrimaryKeyConstraint('codes_pk', ['codelist_id', 'code_id'])
    .execute();
  await s
    .createTable('dataflows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('definition', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('countries')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull())
    .addColumn('m49', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('official_names', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_member', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await addIdColumn(s.createTable('memberships'), dialect)
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await addIdColumn(s.createTable('phase_assignments'), dialect)
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('reason', 'text')
    .addColumn('assigned_by', 'integer')
    .execute();
  await s
    .createTable('groupings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('names', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('grouping_members')
    .addColumn('grouping_id', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grouping_members_pk', ['grouping_id', 'iso3'])
    .execute();
  await addIdColumn(s.createTable('users'), dialect)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .execute();
  await s
    .createTable('user_countries')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_countries_pk', ['user_id', 'iso3'])
    .execute();
  await s
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .execute();
  await addIdColumn(s.createTable('submissions'), dialect)
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('round_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.references('files.sha256'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('report', 'text')
    .addColumn('observation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('submissions_scope').on('submissions').columns(['ref_area', 'table_id']).execute();
  await addObservationColumns(
    s
      .createTable('staged_observations')
      .addColumn('submission_id', 'integer', (c) =>
        c.notNull().references('submissions.id').onDelete('cascade'),
      ),
  )
    .addColumn('source_row', 'integer')
    .execute();
  await s
    .createIndex('staged_observations_submission')
    .on('staged_observations')
    .column('submission_id')
    .execute();
  await addIdColumn(s.createTable('releases'), dialect)
    .addColumn('table_id', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'integer', (c) => c.references('submissions.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('observation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await addObservationColumns(
    s
      .createTable('observations')
      .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id')),
  )
    .addColumn('submission_id', 'integer')
    .addColumn('file_sha256', 'text')
    .addColumn('source_row', 'integer')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('superseded_by', 'integer')
    .execute();
  // Public reads filter on table and country first, then on the breakdowns.
  await s
    .createIndex('observations_lookup')
    .on('observations')
    .columns(['table_id', 'ref_area', 'dim1', 'dim2', 'time_period'])
    .execute();
  await s.createIndex('observations_release').on('observations').column('release_id').execute();
  await addIdColumn(s.createTable('code_mappings'), dialect)
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('dimension_id', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('source_value', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('code_mappings_lookup')
    .on('code_mappings')
    .columns(['ref_area', 'dimension_id', 'source_key', 'active'])
    .execute();
  await addIdColumn(s.createTable('audit_log'), dialect)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .execute();
  await s.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
