// Creating accounts. A correspondent acts for one or more OAS member states and must name at
// least one; OAS staff (admin, reviewer) see every country, so their accounts list none.
import { MEMBER_STATES } from '../framework/index.js';
import {
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  type UserRecord,
} from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { type AuditContext, audit } from './audit-actor.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { isRole, type Role } from './roles.js';
import { WorkflowError } from './workflow-error.js';

export interface NewAccount {
  email: string;
  password: string;
  role: string;
  countries?: string[];
  name?: string | null;
  lang?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkAccount(input: NewAccount): { role: Role; countries: string[] } {
  if (!EMAIL.test(input.email.trim())) throw new WorkflowError('INVALID_EMAIL', 400, { email: input.email });
  if (!isRole(input.role)) throw new WorkflowError('INVALID_ROLE', 400, { role: String(input.role) });
  checkPasswordPolicy(input.password);
  const countries = [...new Set((input.countries ?? []).map((c) => c.trim().toUpperCase()))];
  const unknown = countries.find((c) => !MEMBER_STATES.includes(c));
  if (unknown) throw new WorkflowError('UNKNOWN_COUNTRY', 400, { country: unknown });
  if (input.role === 'correspondent' && countries.length === 0) {
    throw new WorkflowError('COUNTRY_REQUIRED', 400);
  }
  return { role: input.role, countries: input.role === 'correspondent' ? countries : [] };
}

export async function createAccount(
  store: Store,
  context: AuditContext,
  input: NewAccount,
): Promise<UserRecord> {
  const { role, countries } = checkAccount(input);
  const passwordHash = await hashPassword(input.password);
  return store.transaction(async (tx) => {
    if (await findUserByEmail(tx.db, input.email)) {
      throw new WorkflowError('USER_EXISTS', 409, { email: input.email.trim().toLowerCase() });
    }
    const id = await insertUser(tx.db, {
      email: input.email,
      passwordHash,
      role,
      countries,
      name: input.name ?? null,
      lang: input.lang ?? 'en',
    });
    await audit(tx.db, context, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      details: { email: input.email.trim().toLowerCase(), role, countries },
    });
    return (await findUserById(tx.db, id))!;
  });
}

export { listUsers };

/** First start: with SICREMI_ADMIN_EMAIL/PASSWORD set and no account yet, create that admin. */
export async function ensureFirstAdmin(
  store: Store,
  config: { adminEmail: string | undefined; adminPassword: string | undefined },
): Promise<UserRecord | undefined> {
  if (!config.adminEmail || !config.adminPassword) return undefined;
  if ((await countUsers(store.db)) > 0) return undefined;
  return createAccount(
    store,
    { actor: null },
    { email: config.adminEmail, password: config.adminPassword, role: 'admin' },
  );
}
