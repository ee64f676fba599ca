// Every login attempt is recorded, so the rate limit holds across processes and restarts.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { ip: string; email: string; success: boolean; at: string },
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ ip: attempt.ip, email: attempt.email, at: attempt.at, success: attempt.success ? 1 : 0 })
    .execute();
}

export async function countFailedAttemptsSince(
  db: Kysely<Database>,
  ip: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('success', '=', 0)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function pruneLoginAttempts(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('at', '<', before).execute();
}
