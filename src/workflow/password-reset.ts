// Password reset by a single-use token that expires after RESET_MINUTES. Asking for a reset
// answers the same whether or not the address has an account, so it reveals nothing. Requests
// are limited in the store (shared by every process): a client asking too often is refused
// (429, whatever the address), and an address asked for too often gets no more mail (the
// answer stays the same). Using a token ends the account's other tokens, its sessions and its
// API tokens.

import { endLock } from '../store/repositories/login-attempts.js';
import {
  countResetRequestsSince,
  pruneResetRequests,
  recordResetRequest,
} from '../store/repositories/password-reset-requests.js';
import {
  consumePasswordReset,
  expireUserPasswordResets,
  insertPasswordReset,
} from '../store/repositories/password-resets.js';
import { deleteUserSessions } from '../store/repositories/sessions.js';
import {
  findUserByEmail,
  findUserById,
  normalizeEmail,
  updatePasswordHash,
} from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { revokeAllTokens } from './api-tokens.js';
import { audit } from './audit-actor.js';
import { type Mailer, sendMail } from './mail/send-mail.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { createSecret, hashSecret } from './secrets.js';
import { WorkflowError } from './workflow-error.js';

export const RESET_MINUTES = 60;
/** Requests counted over this window, per address asked for and per client. */
export const RESET_REQUEST_WINDOW_MINUTES = 60;
export const MAX_RESET_REQUESTS_PER_ADDRESS = 3;
export const MAX_RESET_REQUESTS_PER_CLIENT = 10;

export async function requestPasswordReset(
  store: Store,
  mailer: Mailer,
  input: { email: string; ip?: string | null; publicUrl: string },
  now = new Date(),
): Promise<void> {
  const email = normalizeEmail(input.email);
  const ip = input.ip ?? '';
  const since = new Date(now.getTime() - RESET_REQUEST_WINDOW_MINUTES * 60_000).toISOString();
  const allowed = await store.transaction(async (tx) => {
    await pruneResetRequests(tx.db, since);
    if ((await countResetRequestsSince(tx.db, { ip }, since)) >= MAX_RESET_REQUESTS_PER_CLIENT) {
      throw new WorkflowError('TOO_MANY_RESET_REQUESTS', 429, { minutes: RESET_REQUEST_WINDOW_MINUTES });
    }
    const forAddress = await countResetRequestsSince(tx.db, { email }, since);
    await recordResetRequest(tx.db, { email, ip, at: now.toISOString() });
    return forAddress < MAX_RESET_REQUESTS_PER_ADDRESS;
  });
  if (!allowed) return;
  const user = await findUserByEmail(store.db, email);
  if (!user || user.disabled) return;
  const token = createSecret();
  await store.transaction(async (tx) => {
    await insertPasswordReset(tx.db, {
      tokenHash: hashSecret(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
    });
    await audit(
      tx.db,
      { actor: null, ip: input.ip ?? null },
      {
        action: 'password.reset_request',
        entityType: 'user',
        entityId: user.id,
      },
    );
  });
  await sendMail(store, mailer, {
    to: user.email,
    kind: 'password-reset',
    subject: 'SICREMI: reset your password',
    text:
      `A password reset was requested for your SICREMI account.\n\n` +
      `Open ${input.publicUrl}/reset-password?token=${token} within ${RESET_MINUTES} minutes, or send ` +
      `POST /api/auth/password-reset/confirm {"token":"${token}","password":"…"}.\n\n` +
      `If you did not ask for it, ignore this message: your password stays as it is.`,
  });
}

export async function resetPassword(
  store: Store,
  input: { token: string; password: string; ip?: string | null },
  now = new Date(),
): Promise<void> {
  checkPasswordPolicy(input.password);
  const passwordHash = await hashPassword(input.password);
  await store.transaction(async (tx) => {
    const userId = await consumePasswordReset(tx.db, hashSecret(input.token), now.toISOString());
    if (userId === undefined) throw new WorkflowError('RESET_TOKEN_INVALID', 400);
    await updatePasswordHash(tx.db, userId, passwordHash);
    await expireUserPasswordResets(tx.db, userId, now.toISOString());
    const user = await findUserById(tx.db, userId);
    if (user) await endLock(tx.db, user.email, now.toISOString());
    await deleteUserSessions(tx.db, userId);
    await revokeAllTokens(tx.db, { actor: null, ip: input.ip ?? null }, userId, 'password_reset');
    await audit(
      tx.db,
      { actor: null, ip: input.ip ?? null },
      {
        action: 'password.reset',
        entityType: 'user',
        entityId: userId,
      },
    );
  });
}
