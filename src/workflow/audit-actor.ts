// Who did it and from where, as the audit log records it.

import type { Kysely } from 'kysely';
import { type AuditEntry, appendAudit } from '../store/repositories/audit.js';
import type { Database } from '../store/schema.js';
import type { Actor } from './roles.js';

export interface AuditContext {
  actor: Actor | null;
  ip?: string | null;
}

export async function audit(
  db: Kysely<Database>,
  context: AuditContext,
  entry: Omit<AuditEntry, 'actorId' | 'actor' | 'ip'>,
): Promise<void> {
  await appendAudit(db, {
    ...entry,
    actorId: context.actor?.id ?? null,
    actor: context.actor?.email ?? 'system',
    ip: context.ip ?? null,
  });
}
