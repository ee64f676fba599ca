// Account security (#13): API tokens expire (tokens made before this migration get 90 days from
// now), a lockout is kept per e-mail address whether or not it has an account (so the answer
// cannot tell them apart), password-reset requests are counted in the store (every process
// shares the limit), and reviewers and admins may sign in with a second factor (TOTP, RFC 6238)
// and single-use recovery codes.
import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './column-helpers.js';

const TOKEN_DAYS = 90;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  const expiresAt = new Date(Date.now() + TOKEN_DAYS * 86_400_000).toISOString();
  await db.updateTable('api_tokens').set({ expires_at: expiresAt }).where('expires_at', 'is', null).execute();

  await db.schema.alterTable('login_attempts').addColumn('locks_until', 'text').execute();
  await db.schema.createIndex('login_attempts_email').on('login_attempts').columns(['email', 'at']).execute();

  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();

  await addIdColumn(db.schema.createTable('recovery_codes'), dialect)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await addIdColumn(db.schema.createTable('password_reset_requests'), dialect)
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_reset_requests_at')
    .on('password_reset_requests')
    .column('at')
    .execute();
}
