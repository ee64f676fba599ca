// The second factor at sign-in: a TOTP code of the current step (each step accepted once), or
// one unused recovery code (then spent).
import type { Kysely } from 'kysely';
import { claimTotpStep, readTotpState, spendRecoveryCode } from '../../store/repositories/two-factor.js';
import type { Database } from '../../store/schema.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { matchTotpStep } from './totp.js';

export async function verifySecondFactor(
  db: Kysely<Database>,
  userId: number,
  code: string,
  now = new Date(),
): Promise<'totp' | 'recovery' | undefined> {
  const state = await readTotpState(db, userId);
  if (!state?.enabled || !state.secret) return undefined;
  const typed = code.trim();
  if (/^\d{6}$/.test(typed)) {
    const step = await matchTotpStep(state.secret, typed, now);
    return step !== undefined && (await claimTotpStep(db, userId, step)) ? 'totp' : undefined;
  }
  return (await spendRecoveryCode(db, userId, hashRecoveryCode(typed), now.toISOString()))
    ? 'recovery'
    : undefined;
}

/** Reviewers and admins publish: they are the roles SICREMI_REQUIRE_2FA applies to. */
export function isTwoFactorRole(role: string): boolean {
  return role === 'reviewer' || role === 'admin';
}
