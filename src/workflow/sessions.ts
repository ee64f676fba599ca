// Browser sessions: a random id in an HttpOnly cookie, its hash and a CSRF token in the store.
// A session lasts SESSION_HOURS from its last renewal; using it past half its life renews it.
import type { Kysely } from 'kysely';
import {
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
} from '../store/repositories/sessions.js';
import { findUserById } from '../store/repositories/users.js';
import type { Database } from '../store/schema.js';
import type { Actor, Role } from './roles.js';
import { createSecret, hashSecret } from './secrets.js';

export const SESSION_HOURS = 12;

export interface NewSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  ip: string | null,
  now = new Date(),
): Promise<NewSession> {
  const sessionId = createSecret();
  const csrfToken = createSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await insertSession(db, { idHash: hashSecret(sessionId), userId, csrfToken, expiresAt, ip });
  return { sessionId, csrfToken, expiresAt };
}

export async function resolveSession(
  db: Kysely<Database>,
  sessionId: string,
  now = new Date(),
): Promise<{ actor: Actor; csrfToken: string; twoFactorEnabled: boolean } | undefined> {
  const idHash = hashSecret(sessionId);
  const session = await findLiveSession(db, idHash, now.toISOString());
  if (!session) return undefined;
  const user = await findUserById(db, session.userId);
  if (!user || user.disabled) return undefined;
  const halfLife = (SESSION_HOURS * 3_600_000) / 2;
  if (Date.parse(session.expiresAt) - now.getTime() < halfLife) {
    await extendSession(db, idHash, new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString());
  }
  return {
    actor: { id: user.id, email: user.email, role: user.role as Role, countries: user.countries },
    csrfToken: session.csrfToken,
    twoFactorEnabled: user.twoFactorEnabled,
  };
}

export async function endSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await deleteSession(db, hashSecret(sessionId));
}
