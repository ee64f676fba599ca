// The workflow's tables: sessions and API tokens (shared by every SICREMI process, so they live
// in the store), login attempts for rate limiting, password resets, reporting rounds, the
// submission event history, justifications, comments and the mail outbox; and the trigger that
// keeps the audit log append-only.
// No foreign keys here: backup/restore copies tables in any order, and ids stay stable.
import type { Kysely } from 'kysely';
import { createAuditGuard } from './audit-guard.js';
import { addIdColumn, type DialectName } from './column-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const s = db.schema;
  await s
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .execute();
  await s.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await addIdColumn(s.createTable('api_tokens'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await addIdColumn(s.createTable('login_attempts'), dialect)
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .execute();
  await s.createIndex('login_attempts_ip_at').on('login_attempts').columns(['ip', 'at']).execute();
  await s
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await addIdColumn(s.createTable('rounds'), dialect)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('tables', 'text', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull().defaultTo(14))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .execute();
  await addIdColumn(s.createTable('submission_events'), dialect)
    .addColumn('submission_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .execute();
  await s
    .createIndex('submission_events_submission')
    .on('submission_events')
    .column('submission_id')
    .execute();
  await addIdColumn(s.createTable('justifications'), dialect)
    .addColumn('submission_id', 'integer', (c) => c.notNull())
    .addColumn('source_row', 'integer')
    .addColumn('cell_key', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('justifications_submission').on('justifications').column('submission_id').execute();
  await addIdColumn(s.createTable('comments'), dialect)
    .addColumn('submission_id', 'integer', (c) => c.notNull())
    .addColumn('cell_key', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('comments_submission').on('comments').column('submission_id').execute();
  await addIdColumn(s.createTable('mail_outbox'), dialect)
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('transport', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await createAuditGuard(db, dialect);
}
