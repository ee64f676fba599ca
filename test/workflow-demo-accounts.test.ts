// Demo accounts (#13, point 5), on the store this run is configured for: their passwords are in
// the README, so they are created only on a trial machine (no SICREMI_ADMIN_EMAIL, no
// DATABASE_URL, loopback), disabled (audited) when a store holding them starts under production
// settings, and one start-up line says which accounts exist.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { prepareAccountsOnStart } from '../src/cli/accounts-on-start.js';
import { readConfig } from '../src/config.js';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { listUsers } from '../src/store/repositories/users.js';
import { createApiToken } from '../src/workflow/api-tokens.js';
import { DEMO_ACCOUNTS, isLoopbackHost, mayCreateDemoAccounts } from '../src/workflow/demo-accounts.js';
import type { Role } from '../src/workflow/roles.js';
import { createTestStore, type TestStore } from './support/test-store.js';
import { makeClient, signIn } from './support/workflow-app.js';

interface StartSettings {
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  databaseUrl: string | undefined;
  host: string;
  loadDemo: boolean;
}

const TRIAL: StartSettings = {
  adminEmail: undefined,
  adminPassword: undefined,
  databaseUrl: undefined,
  host: '127.0.0.1',
  loadDemo: true,
};

async function withStore(fn: (t: TestStore) => Promise<void>): Promise<void> {
  const t = await createTestStore();
  try {
    await prepareStore(t.store);
    await fn(t);
  } finally {
    await t.cleanup();
  }
}

async function start(t: TestStore, settings: Partial<StartSettings>) {
  const lines: string[] = [];
  await prepareAccountsOnStart(t.store, { ...TRIAL, ...settings }, (line) => lines.push(line));
  return lines;
}

describe('demo accounts', () => {
  test('HOST defaults to loopback; HOST=0.0.0.0 is read as given', () => {
    assert.equal(readConfig({}).host, '127.0.0.1');
    assert.equal(readConfig({ HOST: '0.0.0.0' }).host, '0.0.0.0');
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1'])
      assert.ok(isLoopbackHost(host), host);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'sicremi.example.org'])
      assert.ok(!isLoopbackHost(host), host);
  });

  test('created only with no first admin configured, no DATABASE_URL and a loopback address', () => {
    assert.equal(mayCreateDemoAccounts(TRIAL), true);
    assert.equal(mayCreateDemoAccounts({ ...TRIAL, adminEmail: 'coordinator@oas.org' }), false);
    assert.equal(mayCreateDemoAccounts({ ...TRIAL, databaseUrl: 'postgres://db/sicremi' }), false);
    assert.equal(mayCreateDemoAccounts({ ...TRIAL, host: '0.0.0.0' }), false);
  });

  test('a trial start creates them and says so in one line', () =>
    withStore(async (t) => {
      const lines = await start(t, {});
      assert.equal((await listUsers(t.store.db)).length, DEMO_ACCOUNTS.length);
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, /^Accounts: demo accounts ENABLED .*admin@demo\.sicremi\.org/);
    }));

  test('listening on every interface, or with a first admin, no demo account is created', () =>
    withStore(async (t) => {
      const exposed = await start(t, { host: '0.0.0.0' });
      assert.equal((await listUsers(t.store.db)).length, 0);
      assert.match(exposed.join('\n'), /^Accounts: no demo accounts; 0 other account/);
      const configured = await start(t, {
        adminEmail: 'coordinator@oas.org',
        adminPassword: 'first-admin-password',
      });
      const users = await listUsers(t.store.db);
      assert.deepEqual(
        users.map((u) => u.email),
        ['coordinator@oas.org'],
      );
      assert.match(
        configured.at(-1)!,
        /no demo accounts; 1 other account\(s\): 1 admin \(coordinator@oas\.org\)/,
      );
    }));

  for (const [name, settings] of [
    ['SICREMI_ADMIN_EMAIL', { adminEmail: 'coordinator@oas.org', adminPassword: 'first-admin-password' }],
    ['DATABASE_URL', { databaseUrl: 'postgres://db.example.org/sicremi' }],
  ] as const) {
    test(`a store holding demo accounts started with ${name} disables them (audited), with their sessions and tokens`, () =>
      withStore(async (t) => {
        await start(t, {});
        const app = await buildApp({
          store: t.store,
          config: { logLevel: 'silent', maxUploadBytes: 1e6, dataDir: t.dataDir, requireTwoFactor: false },
        });
        try {
          const demo = DEMO_ACCOUNTS[2];
          const session = await signIn(app, demo.email, demo.password);
          const user = (await listUsers(t.store.db)).find((u) => u.email === demo.email)!;
          const { token } = await createApiToken(
            t.store,
            { actor: { id: user.id, email: user.email, role: user.role as Role, countries: user.countries } },
            'national system',
          );
          const lines = await start(t, settings);
          assert.match(lines.join('\n'), /Demo accounts disabled \(production settings\)/);
          assert.match(lines.at(-1)!, /^Accounts: demo accounts disabled;/);
          const users = await listUsers(t.store.db);
          for (const account of DEMO_ACCOUNTS) {
            assert.equal(users.find((u) => u.email === account.email)?.disabled, true, account.email);
            const login = await app.inject({
              method: 'POST',
              url: '/api/auth/login',
              payload: { email: account.email, password: account.password },
            });
            assert.equal(login.statusCode, 401, `${account.email} cannot sign in with the README password`);
          }
          assert.equal((await session.get('/api/me')).statusCode, 401, 'their sessions ended');
          const bot = makeClient(app, { authorization: `Bearer ${token}` });
          assert.equal((await bot.get('/api/me')).statusCode, 401, 'their tokens were revoked');
          const audit = await t.store.db
            .selectFrom('audit_log')
            .select(['action', 'entity_id'])
            .where('action', '=', 'user.disable')
            .execute();
          assert.equal(audit.length, DEMO_ACCOUNTS.length);
          const again = await start(t, settings);
          assert.equal(again.length, 1, 'nothing left to disable: only the accounts line');
        } finally {
          await app.close();
        }
      }));
  }
});
