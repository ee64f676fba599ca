import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAuditCsv } from './audit-export.js';

test('the audit CSV quotes commas and neutralises formula-like cells', () => {
  const csv = formatAuditCsv([
    {
      id: 1,
      at: '2026-01-01T00:00:00.000Z',
      actorId: 2,
      actor: '=HYPERLINK("x")',
      action: 'submission.submit',
      entityType: 'submission',
      entityId: '5',
      details: { message: 'a, b' },
      ip: null,
    },
  ]);
  const [header, line] = csv.trim().split('\r\n');
  assert.equal(header, 'id,at,actor_id,actor,action,entity_type,entity_id,details,ip');
  assert.equal(
    line,
    `1,2026-01-01T00:00:00.000Z,2,"'=HYPERLINK(""x"")",submission.submit,submission,5,"{""message"":""a, b""}",`,
  );
});
