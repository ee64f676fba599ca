// The audit log as CSV for admins: one line per entry, details as JSON. Cells that a spreadsheet
// would run as a formula (=, +, -, @ first) are prefixed with a quote.
import type { AuditRecord } from '../store/repositories/audit-read.js';

const COLUMNS = ['id', 'at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'details', 'ip'];

export function formatAuditCsv(entries: readonly AuditRecord[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) {
    lines.push(
      [
        e.id,
        e.at,
        e.actorId,
        e.actor,
        e.action,
        e.entityType,
        e.entityId,
        e.details === null ? null : JSON.stringify(e.details),
        e.ip,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
