// The demo's documented accounts, one per role (README, "Demo accounts"). Their passwords are
// public, so they are created only on a machine that looks like a trial: no first admin
// configured (SICREMI_ADMIN_EMAIL), no PostgreSQL (DATABASE_URL), listening on loopback. A start
// with SICREMI_ADMIN_EMAIL or DATABASE_URL on a store that holds them disables them (audited),
// so a trial store promoted to production does not keep published passwords working.
import { deleteUserSessions } from '../store/repositories/sessions.js';
import {
  findUserByEmail,
  listUsers,
  type UserRecord,
  updateUserAccess,
} from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { createAccount } from './accounts.js';
import { revokeAllTokens } from './api-tokens.js';
import { audit } from './audit-actor.js';

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.sicremi.org', password: 'demo-admin-2026', role: 'admin', countries: [] },
  { email: 'reviewer@demo.sicremi.org', password: 'demo-reviewer-2026', role: 'reviewer', countries: [] },
  { email: 'chl@demo.sicremi.org', password: 'demo-chile-2026', role: 'correspondent', countries: ['CHL'] },
  {
    email: 'arg@demo.sicremi.org',
    password: 'demo-argentina-2026',
    role: 'correspondent',
    countries: ['ARG'],
  },
  // A third pilot country, for the demo round (demo-round.ts).
  {
    email: 'can@demo.sicremi.org',
    password: 'demo-canada-2026',
    role: 'correspondent',
    countries: ['CAN'],
  },
] as const;

/** Creates the demo accounts that do not exist yet; idempotent. */
export async function ensureDemoAccounts(store: Store): Promise<UserRecord[]> {
  const created: UserRecord[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(store.db, account.email)) continue;
    created.push(
      await createAccount(
        store,
        { actor: null },
        { ...account, countries: [...account.countries], name: `Demo ${account.role}` },
      ),
    );
  }
  return created;
}

export interface DemoAccountSettings {
  adminEmail: string | undefined;
  databaseUrl: string | undefined;
  host: string;
}

/** Only a trial: no configured first admin, the embedded SQLite store, a loopback address. */
export function mayCreateDemoAccounts(settings: DemoAccountSettings): boolean {
  return !settings.adminEmail && !settings.databaseUrl && isLoopbackHost(settings.host);
}

/** A configured first admin or PostgreSQL means production: demo accounts must not sign in. */
export function mustDisableDemoAccounts(settings: DemoAccountSettings): boolean {
  return Boolean(settings.adminEmail || settings.databaseUrl);
}

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Disables the demo accounts still enabled, ends their sessions and tokens; returns their e-mails. */
export async function disableDemoAccounts(store: Store): Promise<string[]> {
  const disabled: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = await findUserByEmail(store.db, account.email);
    if (!user || user.disabled) continue;
    await store.transaction(async (tx) => {
      await updateUserAccess(tx.db, user.id, { disabled: true });
      await deleteUserSessions(tx.db, user.id);
      await revokeAllTokens(tx.db, { actor: null }, user.id, 'disabled');
      await audit(
        tx.db,
        { actor: null },
        {
          action: 'user.disable',
          entityType: 'user',
          entityId: user.id,
          details: {
            email: user.email,
            reason: 'demo account with a published password, production settings',
          },
        },
      );
    });
    disabled.push(user.email);
  }
  return disabled;
}

/** One line for the start-up log: which accounts exist, and whether demo passwords work. */
export async function describeAccounts(store: Store): Promise<string> {
  const users = await listUsers(store.db);
  const demoEmails = new Set<string>(DEMO_ACCOUNTS.map((a) => a.email));
  const enabledDemo = users.filter((u) => demoEmails.has(u.email) && !u.disabled).map((u) => u.email);
  const others = users.filter((u) => !demoEmails.has(u.email));
  const byRole = (role: string) => others.filter((u) => u.role === role && !u.disabled).length;
  const demoPart =
    enabledDemo.length > 0
      ? `demo accounts ENABLED with the README's public passwords (${enabledDemo.join(', ')})`
      : users.some((u) => demoEmails.has(u.email))
        ? 'demo accounts disabled'
        : 'no demo accounts';
  const admins = others.filter((u) => u.role === 'admin' && !u.disabled).map((u) => u.email);
  return (
    `Accounts: ${demoPart}; ${others.length} other account(s): ` +
    `${byRole('admin')} admin (${admins.join(', ') || 'none'}), ${byRole('reviewer')} reviewer, ` +
    `${byRole('correspondent')} correspondent, ${others.filter((u) => u.disabled).length} disabled`
  );
}
