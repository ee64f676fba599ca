// Accounts and the countries a correspondent acts for. Emails are stored lower-cased, so
// one address is one account whatever its capitalisation.
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../schema.js';

export interface UserRecord {
  id: number;
  email: string;
  role: string;
  name: string | null;
  lang: string;
  createdAt: string;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  countries: string[];
  /** Signs in with a TOTP code (or a recovery code) after the password. */
  twoFactorEnabled: boolean;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: string;
  name?: string | null;
  lang?: string;
  countries: string[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: normalizeEmail(user.email),
      password_hash: user.passwordHash,
      role: user.role,
      name: user.name ?? null,
      lang: user.lang ?? 'en',
      created_at: new Date().toISOString(),
      disabled: 0,
      failed_logins: 0,
      locked_until: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(row.id);
  await setUserCountries(db, id, user.countries);
  return id;
}

export async function setUserCountries(
  db: Kysely<Database>,
  userId: number,
  countries: string[],
): Promise<void> {
  await db.deleteFrom('user_countries').where('user_id', '=', userId).execute();
  const unique = [...new Set(countries)];
  if (unique.length === 0) return;
  await db
    .insertInto('user_countries')
    .values(unique.map((iso3) => ({ user_id: userId, iso3 })))
    .execute();
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row, await listUserCountries(db, [row.id])) : undefined;
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<(UserRecord & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...toRecord(row, await listUserCountries(db, [row.id])), passwordHash: row.password_hash };
}

export async function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
  const countries = await listUserCountries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toRecord(row, countries));
}

/** Active correspondents of a country, to mail them. */
export async function listCorrespondentsOf(db: Kysely<Database>, iso3: string): Promise<UserRecord[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_countries', 'user_countries.user_id', 'users.id')
    .selectAll('users')
    .where('user_countries.iso3', '=', iso3)
    .where('users.role', '=', 'correspondent')
    .where('users.disabled', '=', 0)
    .orderBy('users.id')
    .execute();
  const countries = await listUserCountries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toRecord(row, countries));
}

export async function updateLoginState(
  db: Kysely<Database>,
  id: number,
  state: { failedLogins: number; lockedUntil: string | null },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil })
    .where('id', '=', id)
    .execute();
}

export async function updatePasswordHash(
  db: Kysely<Database>,
  id: number,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function listUserCountries(db: Kysely<Database>, ids: number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('user_countries')
    .select(['user_id', 'iso3'])
    .where('user_id', 'in', ids)
    .orderBy('iso3')
    .execute();
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.iso3]);
  return map;
}

function toRecord(row: Selectable<UserTable>, countries: Map<number, string[]>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    name: row.name,
    lang: row.lang,
    createdAt: row.created_at,
    disabled: Boolean(row.disabled),
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    countries: countries.get(row.id) ?? [],
    twoFactorEnabled: Boolean(row.totp_enabled),
  };
}

export async function updateUserAccess(
  db: Kysely<Database>,
  id: number,
  change: { role?: string; disabled?: boolean },
): Promise<void> {
  const set = {
    ...(change.role !== undefined ? { role: change.role } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
  };
  if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', id).execute();
}
