// The demo's documented accounts, one per role (README, "Demo accounts"). They exist only when
// SICREMI runs with its demo; the passwords are public, so never use them in production.
import { findUserByEmail, type UserRecord } from '../store/repositories/users.js';
import type { Store } from '../store/store.js';
import { createAccount } from './accounts.js';

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
