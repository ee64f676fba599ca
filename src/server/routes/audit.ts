import type { FastifyInstance } from 'fastify';
import { listAuditEntries } from '../../store/repositories/audit-read.js';
import { listOutbox } from '../../store/repositories/mail-outbox.js';
import { formatAuditCsv } from '../../workflow/audit-export.js';
import { requireRole } from '../auth/request-user.js';
import { parseInput } from './parse-input.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { AuditQuery } from './workflow-schemas.js';

/** The audit log (JSON or CSV) and the mail outbox, for admins. */
export function registerAuditRoutes(app: FastifyInstance, { store }: WorkflowDeps): void {
  app.get('/api/audit', { preHandler: requireRole('admin') }, async (request, reply) => {
    const query = parseInput(AuditQuery, request.query);
    const entries = await listAuditEntries(store.db, {
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.limit ? { limit: query.limit } : {}),
    });
    if (query.format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="sicremi-audit.csv"')
        .send(formatAuditCsv(entries));
    }
    return { entries };
  });

  app.get('/api/outbox', { preHandler: requireRole('admin') }, async () => ({
    messages: await listOutbox(store.db),
  }));
}
