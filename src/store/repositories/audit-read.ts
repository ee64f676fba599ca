// Reading the append-only audit log (appendAudit in audit.ts writes it).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface AuditRecord {
  id: number;
  at: string;
  actorId: number | null;
  actor: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: unknown;
  ip: string | null;
  /** The HTTP request that wrote the entry (X-Request-Id); null from the CLI. */
  requestId?: string | null;
}

export async function listAuditEntries(
  db: Kysely<Database>,
  range: { from?: string; to?: string; limit?: number; entityType?: string; entityId?: string },
): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id');
  if (range.from) q = q.where('at', '>=', range.from);
  if (range.to) q = q.where('at', '<=', range.to);
  if (range.entityType) q = q.where('entity_type', '=', range.entityType);
  if (range.entityId) q = q.where('entity_id', '=', range.entityId);
  if (range.limit) q = q.limit(range.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    details: r.details ? (JSON.parse(r.details) as unknown) : null,
    ip: r.ip,
    requestId: r.request_id,
  }));
}
