// Signing in. Guessing is slowed twice: an address (IP) with too many recent failures is refused
// for a while, and an account is locked for LOCK_MINUTES after MAX_FAILURES failures in a row.
// Both counters live in the store so they hold across processes and restarts.
import {
  countFailedAttemptsSince,
  pruneLoginAttempts,
  recordLoginAttempt,
} from '../store/repositories/login-attempts.js';
import { deleteExpiredSessions } from '../store/repositories/sessions.js';
import { findUserByEmail, normalizeEmail, updateLoginState } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { audit } from './audit-actor.js';
import { getDecoyHash, verifyPassword } from './passwords.js';
import type { Actor, Role } from './roles.js';
import { createSession, type NewSession } from './sessions.js';
import { WorkflowError } from './workflow-error.js';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const IP_WINDOW_MINUTES = 15;
export const MAX_IP_FAILURES = 20;

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
}

export async function login(
  store: Store,
  input: LoginInput,
  now = new Date(),
): Promise<NewSession & { actor: Actor }> {
  const at = now.toISOString();
  const email = normalizeEmail(input.email);
  const windowStart = new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000).toISOString();
  if ((await countFailedAttemptsSince(store.db, input.ip, windowStart)) >= MAX_IP_FAILURES) {
    throw new WorkflowError('TOO_MANY_ATTEMPTS', 429, { minutes: IP_WINDOW_MINUTES });
  }
  const user = await findUserByEmail(store.db, email);
  if (user?.lockedUntil && user.lockedUntil > at) {
    const minutes = Math.ceil((Date.parse(user.lockedUntil) - now.getTime()) / 60_000);
    throw new WorkflowError('ACCOUNT_LOCKED', 429, { minutes });
  }
  const valid = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), input.password);
  if (!user || !valid || user.disabled) {
    await store.transaction(async (tx) => {
      await recordLoginAttempt(tx.db, { ip: input.ip, email, success: false, at });
      if (user) {
        const failures = user.failedLogins + 1;
        const locked = failures >= MAX_FAILURES;
        await updateLoginState(tx.db, user.id, {
          failedLogins: locked ? 0 : failures,
          lockedUntil: locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
        });
        if (locked) {
          await audit(
            tx.db,
            { actor: null, ip: input.ip },
            {
              action: 'auth.lock',
              entityType: 'user',
              entityId: user.id,
              details: { email, minutes: LOCK_MINUTES },
            },
          );
        }
      }
      await audit(tx.db, { actor: null, ip: input.ip }, { action: 'auth.login_failed', details: { email } });
    });
    throw new WorkflowError('INVALID_CREDENTIALS', 401);
  }
  const actor: Actor = { id: user.id, email: user.email, role: user.role as Role, countries: user.countries };
  return store.transaction(async (tx) => {
    await recordLoginAttempt(tx.db, { ip: input.ip, email, success: true, at });
    // Housekeeping on the way: expired sessions and day-old attempts are of no more use.
    await deleteExpiredSessions(tx.db, at);
    await pruneLoginAttempts(tx.db, new Date(now.getTime() - 86_400_000).toISOString());
    await updateLoginState(tx.db, user.id, { failedLogins: 0, lockedUntil: null });
    const session = await createSession(tx.db, user.id, input.ip, now);
    await audit(
      tx.db,
      { actor, ip: input.ip },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
    return { ...session, actor };
  });
}
