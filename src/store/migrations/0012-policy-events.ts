// Policy developments (issue 21): the events themselves, their review history, comments and
// the translations OAS staff add. An event is public from `published_at` on, so readers `asOf`
// a time see the events published by then; a translation is shown from its `created_at`.
// `starts_on`/`ends_on` are the dates widened to whole days (2021 → 2021-01-01 … 2021-12-31),
// so period filters compare plain text on both stores. No foreign keys, as in 0003.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const s = db.schema;
  await addIdColumn(s.createTable('policy_events'), dialect)
    .addColumn('ref_area', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('tables', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('programme', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('round_id', 'integer')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('demo_key', 'text', (c) => c.unique())
    .execute();
  await s.createIndex('policy_events_area').on('policy_events').columns(['ref_area', 'status']).execute();
  await addIdColumn(s.createTable('policy_event_actions'), dialect)
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .execute();
  await s.createIndex('policy_event_actions_event').on('policy_event_actions').column('event_id').execute();
  await addIdColumn(s.createTable('policy_event_comments'), dialect)
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('policy_event_comments_event').on('policy_event_comments').column('event_id').execute();
  await addIdColumn(s.createTable('policy_event_translations'), dialect)
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('policy_event_translations_event')
    .on('policy_event_translations')
    .columns(['event_id', 'lang'])
    .execute();
}
