// Every password-reset request is counted in the store, by address asked for and by client,
// so the limit holds across processes and restarts. Rows older than the window are pruned.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function recordResetRequest(
  db: Kysely<Database>,
  request: { email: string; ip: string; at: string },
): Promise<void> {
  await db.insertInto('password_reset_requests').values(request).execute();
}

export async function countResetRequestsSince(
  db: Kysely<Database>,
  by: { email: string } | { ip: string },
  since: string,
): Promise<number> {
  let query = db
    .selectFrom('password_reset_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function pruneResetRequests(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('password_reset_requests').where('at', '<=', before).execute();
}
