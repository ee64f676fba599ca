// API tokens let a correspondent's own system submit without a browser. Only the hash is kept;
// the token is shown once, at creation. Revoked and expired tokens stay listed, for the audit
// trail. Each use records when, so owners can tell a token still in use from a forgotten one.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ApiTokenRecord {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
}

export async function insertApiToken(
  db: Kysely<Database>,
  token: { userId: number; name: string; tokenHash: string; prefix: string; expiresAt: string },
): Promise<ApiTokenRecord> {
  const createdAt = new Date().toISOString();
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      created_at: createdAt,
      last_used_at: null,
      revoked_at: null,
      expires_at: token.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: Number(row.id),
    userId: token.userId,
    name: token.name,
    prefix: token.prefix,
    createdAt,
    lastUsedAt: null,
    revokedAt: null,
    expiresAt: token.expiresAt,
  };
}

export async function findActiveTokenUser(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return row.user_id;
}

export async function listApiTokens(db: Kysely<Database>, userId?: number): Promise<ApiTokenRecord[]> {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('id');
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    expiresAt: r.expires_at,
  }));
}

export async function revokeApiToken(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Revokes every live token of an account (password reset, disabled account, role change). */
export async function revokeUserApiTokens(db: Kysely<Database>, userId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
