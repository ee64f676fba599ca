// Signing in. Guessing is slowed twice: an address (IP) with too many recent failures is refused
// for a while, and an e-mail address is locked for LOCK_MINUTES after MAX_FAILURES failures in a
// row. The lock is kept per e-mail address whether or not an account has it, so the answer is
// the same for both and reveals nothing. Both counters live in the store so they hold across
// processes and restarts. An account enrolled in two-factor sign-in also sends a TOTP code (or
// a recovery code); a wrong code counts as a failure.
import {
  countFailedAttemptsSince,
  countFailuresInARow,
  findLockUntil,
  pruneLoginAttempts,
  recordLoginAttempt,
} from '../store/repositories/login-attempts.js';
import { deleteExpiredSessions } from '../store/repositories/sessions.js';
import { readTotpState } from '../store/repositories/two-factor.js';
import { findUserByEmail, normalizeEmail, updateLoginState } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { audit } from './audit-actor.js';
import { getDecoyHash, verifyPassword } from './passwords.js';
import type { Actor, Role } from './roles.js';
import { createSession, type NewSession } from './sessions.js';
import { verifySecondFactor } from './two-factor/verify-second-factor.js';
import { WorkflowError } from './workflow-error.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const IP_WINDOW_MINUTES = 15;
export const MAX_IP_FAILURES = 20;
/** Failures older than this no longer count towards a lock (login attempts are pruned then). */
const FAILURE_MEMORY_MS = 86_400_000;

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  /** TOTP code or recovery code, for accounts enrolled in two-factor sign-in. */
  code?: string | undefined;
}

export interface SignedIn extends NewSession {
  actor: Actor;
  twoFactorEnabled: boolean;
}

export async function login(store: Store, input: LoginInput, now = new Date()): Promise<SignedIn> {
  const at = now.toISOString();
  const email = normalizeEmail(input.email);
  const windowStart = new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000).toISOString();
  if ((await countFailedAttemptsSince(store.db, input.ip, windowStart)) >= MAX_IP_FAILURES) {
    throw new WorkflowError('TOO_MANY_ATTEMPTS', 429, { minutes: IP_WINDOW_MINUTES });
  }
  const lockedUntil = await findLockUntil(store.db, email, at);
  if (lockedUntil) {
    const minutes = Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000);
    throw new WorkflowError('ACCOUNT_LOCKED', 429, { minutes });
  }
  const user = await findUserByEmail(store.db, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), input.password);
  if (!user || !valid || user.disabled) {
    await recordFailure(store, { email, ip: input.ip, userId: user?.id }, now);
    throw new WorkflowError('INVALID_CREDENTIALS', 401);
  }
  const twoFactor = await readTotpState(store.db, user.id);
  const twoFactorEnabled = Boolean(twoFactor?.enabled);
  let secondFactor: 'totp' | 'recovery' | undefined;
  if (twoFactorEnabled) {
    if (!input.code?.trim()) throw new WorkflowError('TWO_FACTOR_CODE_REQUIRED', 401);
    secondFactor = await verifySecondFactor(store.db, user.id, input.code, now);
    if (!secondFactor) {
      await recordFailure(store, { email, ip: input.ip, userId: user.id, secondFactor: true }, now);
      throw new WorkflowError('TWO_FACTOR_CODE_INVALID', 401);
    }
  }
  const actor: Actor = { id: user.id, email: user.email, role: user.role as Role, countries: user.countries };
  return store.transaction(async (tx) => {
    await recordLoginAttempt(tx.db, { ip: input.ip, email, success: true, at });
    // Housekeeping on the way: expired sessions and day-old attempts are of no more use.
    await deleteExpiredSessions(tx.db, at);
    await pruneLoginAttempts(tx.db, new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString());
    await updateLoginState(tx.db, user.id, { failedLogins: 0, lockedUntil: null });
    const session = await createSession(tx.db, user.id, input.ip, now);
    await audit(
      tx.db,
      { actor, ip: input.ip },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        // A recovery code spent is worth seeing in the log: the owner may have lost the phone.
        ...(secondFactor ? { details: { secondFactor } } : {}),
      },
    );
    return { ...session, actor, twoFactorEnabled };
  });
}

/** Records a failure; the MAX_FAILURES-th in a row locks the address, known or not. */
async function recordFailure(
  store: Store,
  failure: { email: string; ip: string; userId: number | undefined; secondFactor?: boolean },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const { email, ip, userId } = failure;
  await store.transaction(async (tx) => {
    const since = new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString();
    const failures = (await countFailuresInARow(tx.db, email, since)) + 1;
    const locksUntil =
      failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    await recordLoginAttempt(tx.db, { ip, email, success: false, at, locksUntil });
    // The account's own columns mirror the lock, for the administrators' list of accounts.
    if (userId !== undefined) {
      await updateLoginState(tx.db, userId, {
        failedLogins: locksUntil ? 0 : failures,
        lockedUntil: locksUntil,
      });
    }
    if (locksUntil) {
      await audit(
        tx.db,
        { actor: null, ip },
        {
          action: 'auth.lock',
          ...(userId !== undefined ? { entityType: 'user', entityId: userId } : {}),
          details: { email, minutes: LOCK_MINUTES },
        },
      );
    }
    await audit(
      tx.db,
      { actor: null, ip },
      {
        action: failure.secondFactor ? 'auth.2fa_failed' : 'auth.login_failed',
        details: { email },
      },
    );
  });
}
