// API tokens for a correspondent's own system: `Authorization: Bearer <token>`. The token is
// returned once; the store keeps its hash. A token acts with its owner's role and countries,
// expires (TOKEN_DAYS by default) and dies with any change that should end the owner's access:
// a password reset, a disabled account, a new role (revokeAllTokens).
import type { Kysely } from 'kysely';
import {
  type ApiTokenRecord,
  findActiveTokenUser,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  revokeUserApiTokens,
} from '../store/repositories/api-tokens.js';
import { findUserById } from '../store/repositories/users.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type AuditContext, audit } from './audit-actor.js';
import { type Actor, isOasStaff, type Role } from './roles.js';
import { createSecret, hashSecret } from './secrets.js';
import { WorkflowError } from './workflow-error.js';

export const TOKEN_PREFIX = 'sicremi_';
export const TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

export async function createApiToken(
  store: Store,
  context: AuditContext & { actor: Actor },
  name: string,
  options: { days?: number; now?: Date } = {},
): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = `${TOKEN_PREFIX}${createSecret()}`;
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.days ?? TOKEN_DAYS) * 86_400_000).toISOString();
  return store.transaction(async (tx) => {
    const record = await insertApiToken(tx.db, {
      userId: context.actor.id,
      name: name.trim() || 'API token',
      tokenHash: hashSecret(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt,
    });
    await audit(tx.db, context, {
      action: 'token.create',
      entityType: 'api_token',
      entityId: record.id,
      details: { name: record.name, expiresAt },
    });
    return { token, record };
  });
}

export async function resolveApiToken(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<Actor | undefined> {
  const userId = await findActiveTokenUser(db, hashSecret(token), now.toISOString());
  if (userId === undefined) return undefined;
  const user = await findUserById(db, userId);
  if (!user || user.disabled) return undefined;
  return { id: user.id, email: user.email, role: user.role as Role, countries: user.countries };
}

/** Admins see every token; others their own. */
export async function listTokensFor(db: Kysely<Database>, actor: Actor): Promise<ApiTokenRecord[]> {
  return listApiTokens(db, actor.role === 'admin' ? undefined : actor.id);
}

export async function revokeToken(
  store: Store,
  context: AuditContext & { actor: Actor },
  id: number,
): Promise<void> {
  const visible = await listTokensFor(store.db, context.actor);
  const token = visible.find((t) => t.id === id);
  if (!token || (token.userId !== context.actor.id && !isOasStaff(context.actor))) {
    throw new WorkflowError('TOKEN_NOT_FOUND', 404, { id });
  }
  await store.transaction(async (tx) => {
    await revokeApiToken(tx.db, id);
    await audit(tx.db, context, { action: 'token.revoke', entityType: 'api_token', entityId: id });
  });
}

/**
 * Inside the caller's transaction: revokes the account's live tokens and audits each reason once
 * (`token.revoke` with the reason), so the log shows why a national system stopped submitting.
 */
export async function revokeAllTokens(
  db: Kysely<Database>,
  context: AuditContext,
  userId: number,
  reason: 'password_reset' | 'disabled' | 'role_change',
): Promise<void> {
  const count = await revokeUserApiTokens(db, userId, new Date().toISOString());
  if (count === 0) return;
  await audit(db, context, {
    action: 'token.revoke',
    entityType: 'user',
    entityId: userId,
    details: { reason, count },
  });
}
