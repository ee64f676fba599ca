// Every login attempt is recorded, so the rate limit and the lockout hold across processes and
// restarts. The lockout is kept per e-mail address, whether or not it has an account: the
// failure that locks an address carries `locks_until`.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { ip: string; email: string; success: boolean; at: string; locksUntil?: string | null },
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({
      ip: attempt.ip,
      email: attempt.email,
      at: attempt.at,
      success: attempt.success ? 1 : 0,
      locks_until: attempt.locksUntil ?? null,
    })
    .execute();
}

/** The end of the address's lock, when it is locked at `now`. */
export async function findLockUntil(
  db: Kysely<Database>,
  email: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('locks_until').as('until'))
    .where('email', '=', email)
    .where('locks_until', '>', now)
    .executeTakeFirst();
  return row?.until ?? undefined;
}

/** Failures of the address since its last success or lock, and not before `since`. */
export async function countFailuresInARow(
  db: Kysely<Database>,
  email: string,
  since: string,
): Promise<number> {
  const reset = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('email', '=', email)
    .where((eb) => eb.or([eb('success', '=', 1), eb('locks_until', 'is not', null)]))
    .executeTakeFirst();
  const from = reset?.at && reset.at > since ? reset.at : since;
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('success', '=', 0)
    .where('at', '>', from)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A password reset lifts the lock: the address's live lock ends now. */
export async function endLock(db: Kysely<Database>, email: string, now: string): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ locks_until: now })
    .where('email', '=', email)
    .where('locks_until', '>', now)
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
