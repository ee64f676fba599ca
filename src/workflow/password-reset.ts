// Password reset by a single-use token that expires after RESET_MINUTES. Asking for a reset
// answers the same whether or not the address has an account, so it reveals nothing.

import { consumePasswordReset, insertPasswordReset } from '../store/repositories/password-resets.js';
import { deleteUserSessions } from '../store/repositories/sessions.js';
import { findUserByEmail, updatePasswordHash } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { audit } from './audit-actor.js';
import { type Mailer, sendMail } from './mail/send-mail.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { createSecret, hashSecret } from './secrets.js';
import { WorkflowError } from './workflow-error.js';

export const RESET_MINUTES = 60;

export async function requestPasswordReset(
  store: Store,
  mailer: Mailer,
  input: { email: string; ip?: string | null; publicUrl: string },
  now = new Date(),
): Promise<void> {
  const user = await findUserByEmail(store.db, input.email);
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
    await deleteUserSessions(tx.db, userId);
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
