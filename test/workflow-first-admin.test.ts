import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareStore } from '../src/store/prepare-store.js';
import { listUsers } from '../src/store/repositories/users.js';
import { ensureFirstAdmin } from '../src/workflow/accounts.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from '../src/workflow/demo-accounts.js';
import { createTestStore } from './support/test-store.js';

test('the first admin comes from the environment once; demo accounts are created once', async () => {
  const t = await createTestStore();
  try {
    await prepareStore(t.store);
    const config = { adminEmail: 'Coordinator@OAS.org', adminPassword: 'first-admin-password' };
    assert.equal(
      await ensureFirstAdmin(t.store, { adminEmail: undefined, adminPassword: undefined }),
      undefined,
    );
    const admin = await ensureFirstAdmin(t.store, config);
    assert.equal(admin?.email, 'coordinator@oas.org');
    assert.equal(admin?.role, 'admin');
    assert.equal(await ensureFirstAdmin(t.store, { ...config, adminEmail: 'other@oas.org' }), undefined);
    assert.equal((await ensureDemoAccounts(t.store)).length, DEMO_ACCOUNTS.length);
    assert.equal((await ensureDemoAccounts(t.store)).length, 0);
    const users = await listUsers(t.store.db);
    assert.equal(users.length, 1 + DEMO_ACCOUNTS.length);
    assert.deepEqual(users.find((u) => u.email === 'arg@demo.sicremi.org')?.countries, ['ARG']);
  } finally {
    await t.cleanup();
  }
});
