// The audit log is append-only in the database itself, not only by convention: updates and
// deletes are refused by a trigger. Restoring a backup lifts the SQLite delete guard inside its
// own transaction (PostgreSQL's TRUNCATE does not fire row triggers).
import { type Kysely, sql } from 'kysely';
import type { DialectName } from './column-helpers.js';

const SQLITE_DELETE_GUARD = sql`create trigger audit_log_no_delete before delete on audit_log
  begin select raise(abort, 'audit_log is append-only'); end`;

// biome-ignore lint/suspicious/noExplicitAny: used by migrations and by restore alike
export async function createAuditGuard(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await SQLITE_DELETE_GUARD.execute(db);
    return;
  }
  await sql`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
}

/** SQLite only: runs `fn` with the delete guard lifted, inside the caller's transaction. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function withoutSqliteDeleteGuard(db: Kysely<any>, fn: () => Promise<void>): Promise<void> {
  await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  await fn();
  await SQLITE_DELETE_GUARD.execute(db);
}
