// Two-factor state of an account: its TOTP secret (pending until the first code confirms it),
// the last time step a code was accepted for (a code signs in once), and hashed single-use
// recovery codes. Both "use" updates are conditional, so two processes cannot accept one code.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface TotpState {
  secret: string | null;
  enabled: boolean;
  lastStep: number | null;
}

export async function readTotpState(db: Kysely<Database>, userId: number): Promise<TotpState | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row
    ? { secret: row.totp_secret, enabled: Boolean(row.totp_enabled), lastStep: row.totp_last_step }
    : undefined;
}

export async function setPendingTotpSecret(
  db: Kysely<Database>,
  userId: number,
  secret: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_enabled: 0, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
}

/** Back to no second factor: secret, last step and recovery codes gone. */
export async function clearTwoFactor(db: Kysely<Database>, userId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: null, totp_enabled: 0, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export async function enableTotp(db: Kysely<Database>, userId: number, step: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_enabled: 1, totp_last_step: step })
    .where('id', '=', userId)
    .execute();
}

/** Records `step` as used; false when this or a later step was already used (a replay). */
export async function claimTotpStep(db: Kysely<Database>, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(
  db: Kysely<Database>,
  userId: number,
  codeHashes: string[],
  at: string,
): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null })))
    .execute();
}

/** Marks an unused recovery code of the account used; false when there is none such. */
export async function spendRecoveryCode(
  db: Kysely<Database>,
  userId: number,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
