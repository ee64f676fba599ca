// The audit log is append-only: rows are inserted, never updated or deleted.
import type { Kysely } from 'kysely';
import { currentRequestId } from '../request-scope.js';
import type { Database } from '../schema.js';

export interface AuditEntry {
  action: string;
  actorId?: number | null;
  actor?: string | null;
  entityType?: string;
  entityId?: string | number;
  details?: Record<string, unknown>;
  ip?: string | null;
}

export async function appendAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      actor_id: entry.actorId ?? null,
      actor: entry.actor ?? null,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId === undefined ? null : String(entry.entityId),
      details: entry.details ? JSON.stringify(entry.details) : null,
      ip: entry.ip ?? null,
      request_id: currentRequestId() ?? null,
    })
    .execute();
}
