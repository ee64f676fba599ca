// Every outgoing message is recorded here: with SMTP configured it records what was sent (and
// any delivery error); without SMTP it is the outbox itself, readable by admins.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface OutboxRecord {
  id: number;
  to: string;
  subject: string;
  body: string;
  kind: string;
  dedupeKey: string | null;
  createdAt: string;
  sentAt: string | null;
  transport: string;
  error: string | null;
}

export async function hasOutboxKey(db: Kysely<Database>, dedupeKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertOutbox(
  db: Kysely<Database>,
  mail: { to: string; subject: string; body: string; kind: string; dedupeKey?: string; transport: string },
): Promise<number> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      kind: mail.kind,
      dedupe_key: mail.dedupeKey ?? null,
      created_at: new Date().toISOString(),
      sent_at: null,
      transport: mail.transport,
      error: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function markOutbox(
  db: Kysely<Database>,
  id: number,
  outcome: { sentAt: string | null; error: string | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: outcome.sentAt, error: outcome.error })
    .where('id', '=', id)
    .execute();
}

export async function listOutbox(db: Kysely<Database>, limit = 200): Promise<OutboxRecord[]> {
  const rows = await db.selectFrom('mail_outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    kind: r.kind,
    dedupeKey: r.dedupe_key,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    transport: r.transport,
    error: r.error,
  }));
}
