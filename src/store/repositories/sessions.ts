// Browser sessions live in the store, not in process memory: every SICREMI process behind a
// load balancer sees the same sessions. The cookie carries a random id; the table its hash.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SessionRecord {
  userId: number;
  csrfToken: string;
  expiresAt: string;
}

export async function insertSession(
  db: Kysely<Database>,
  session: { idHash: string; userId: number; csrfToken: string; expiresAt: string; ip: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: new Date().toISOString(),
      expires_at: session.expiresAt,
      ip: session.ip,
    })
    .execute();
}

export async function findLiveSession(
  db: Kysely<Database>,
  idHash: string,
  now: string,
): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'csrf_token', 'expires_at'])
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
}

export async function extendSession(db: Kysely<Database>, idHash: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of an account (password reset, disabled account). */
export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
