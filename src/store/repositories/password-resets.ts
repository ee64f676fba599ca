// Password reset tokens: single use, expiring; only the hash is stored.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: { tokenHash: string; userId: number; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      token_hash: reset.tokenHash,
      user_id: reset.userId,
      created_at: new Date().toISOString(),
      expires_at: reset.expiresAt,
      used_at: null,
    })
    .execute();
}

/** Marks the token used and returns its account, or undefined when unknown, used or expired. */
export async function consumePasswordReset(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const used = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? row.user_id : undefined;
}

/** Once one token of an account is used, its other outstanding tokens are of no more use. */
export async function expireUserPasswordResets(
  db: Kysely<Database>,
  userId: number,
  now: string,
): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
