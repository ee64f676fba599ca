// The knowledge space's discussions: threads by topic and their posts. Moderation hides, never
// deletes, so the audit log and the thread stay readable by admins.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await addIdColumn(db.schema.createTable('knowledge_threads'), dialect)
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_post_at', 'text', (c) => c.notNull())
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await addIdColumn(db.schema.createTable('knowledge_posts'), dialect)
    .addColumn('thread_id', 'integer', (c) => c.notNull().references('knowledge_threads.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hidden_by', 'integer')
    .addColumn('hidden_reason', 'text')
    .execute();
  await db.schema.createIndex('knowledge_posts_thread').on('knowledge_posts').column('thread_id').execute();
}
