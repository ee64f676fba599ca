// Changing who an account is: its role, its countries, or whether it may sign in at all.
// Every change is audited with the before and after; a disabled account loses its sessions, and
// a disabled account or a new role loses its API tokens (a token must not outlive the access
// it was made with).
import { deleteUserSessions } from '../store/repositories/sessions.js';
import { clearTwoFactor } from '../store/repositories/two-factor.js';
import {
  findUserById,
  setUserCountries,
  type UserRecord,
  updateUserAccess,
} from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { checkAccount } from './accounts.js';
import { revokeAllTokens } from './api-tokens.js';
import { type AuditContext, audit } from './audit-actor.js';
import type { Actor } from './roles.js';
import { WorkflowError } from './workflow-error.js';

export interface AccessChange {
  role?: string;
  countries?: string[];
  disabled?: boolean;
  /** An admin turns off another account's second factor (lost phone and recovery codes). */
  resetTwoFactor?: boolean;
}

export async function changeAccess(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
  change: AccessChange,
): Promise<UserRecord> {
  return store.transaction(async (tx) => {
    const before = await findUserById(tx.db, id);
    if (!before) throw new WorkflowError('USER_NOT_FOUND', 404, { id });
    const selfLockout = change.disabled || change.resetTwoFactor || (change.role && change.role !== 'admin');
    if (id === context.actor.id && selfLockout) {
      throw new WorkflowError('FORBIDDEN', 403);
    }
    const role = change.role ?? before.role;
    const { countries } = checkAccount({
      email: before.email,
      password: 'x'.repeat(20),
      role,
      countries: change.countries ?? before.countries,
    });
    await updateUserAccess(tx.db, id, {
      ...(change.role !== undefined ? { role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
    });
    await setUserCountries(tx.db, id, countries);
    if (change.disabled) {
      await deleteUserSessions(tx.db, id);
      await revokeAllTokens(tx.db, context, id, 'disabled');
    } else if (role !== before.role) {
      await revokeAllTokens(tx.db, context, id, 'role_change');
    }
    if (change.resetTwoFactor) {
      await clearTwoFactor(tx.db, id);
      await deleteUserSessions(tx.db, id);
      await audit(tx.db, context, { action: 'auth.2fa_reset', entityType: 'user', entityId: id });
    }
    const after = (await findUserById(tx.db, id))!;
    await audit(tx.db, context, {
      action: role !== before.role ? 'user.role_change' : 'user.update',
      entityType: 'user',
      entityId: id,
      details: {
        before: { role: before.role, countries: before.countries, disabled: before.disabled },
        after: { role: after.role, countries: after.countries, disabled: after.disabled },
      },
    });
    return after;
  });
}
